# Queue.queue is a deque in CPython, and programs use it as one while holding q.mutex:
# the deque methods and errors on a Queue's buffer.
import queue

q = queue.Queue()
for job in ["a", "b", "c", "d"]:
    q.put(job)
buf = q.queue
print(type(buf), repr(buf), len(buf), bool(buf), buf.maxlen)
print(buf[0], buf[-1], buf[1], "c" in buf, "z" in buf, list(buf), list(reversed(buf)))
print(buf.index("c"), buf.index("c", 1, 3), buf.count("a"))
buf.appendleft("first")
buf.append("last")
buf.rotate(1)
print(buf)
buf.rotate(-2)
print(buf)
buf.remove("c")
buf.insert(1, "inserted")
buf.insert(-1, "before-last")
buf[0] = "zero"
del buf[1]
print(buf)
buf.extend(["x", "y"])
buf.extendleft(["p", "q"])
print(buf, buf.pop(), buf.popleft())
buf.reverse()
print(buf, buf == buf.copy(), buf == list(buf))
errors = [
    ("remove", lambda: buf.remove("nope")),
    ("index", lambda: buf.index("nope")),
    ("index range", lambda: buf.index("p", 0, 1)),
    ("getitem", lambda: buf[99]),
    ("getitem -99", lambda: buf[-99]),
    ("getitem str", lambda: buf["a"]),
    ("getitem slice", lambda: buf[1:2]),
    ("setitem", lambda: buf.__setitem__(99, 1)),
    ("insert str", lambda: buf.insert("a", 1)),
    ("hash", lambda: hash(buf)),
]
for label, call in errors:
    try:
        call()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
buf.clear()
print(buf, len(buf), q.qsize(), q.empty())
for label, call in [("pop", buf.pop), ("popleft", buf.popleft)]:
    try:
        call()
    except IndexError as e:
        print(label, "->", e)

# the buffer keeps order over many puts and gets (its front is cut off now and then)
q = queue.Queue()
out = []
for i in range(5000):
    q.put(i)
    if i % 3 == 0:
        out.append(q.get())
while not q.empty():
    out.append(q.get())
print(out == list(range(5000)), q.qsize(), repr(q.queue))
q.put([1, 2])
q.queue.append(q.queue)
print(q.queue)
