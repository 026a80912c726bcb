# Queue, LifoQueue, PriorityQueue: order, sizes, blocking/non-blocking/timeouts, errors.
import queue
import threading

print(queue.__all__)
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for item in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(item)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), [q.get() for _ in range(q.qsize())], q.empty())

q = queue.Queue(maxsize=2)
print("maxsize", q.maxsize, q.full())
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize())
for label, call in [("put_nowait", lambda: q.put_nowait("c")),
                    ("put block=False", lambda: q.put("c", False)),
                    ("put timeout", lambda: q.put("c", timeout=0.05)),
                    ("put timeout 0", lambda: q.put("c", True, 0)),
                    ("put negative timeout", lambda: q.put("c", timeout=-1))]:
    try:
        call()
    except (queue.Full, ValueError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))
print(q.get(), q.get_nowait())
for label, call in [("get_nowait", q.get_nowait),
                    ("get block=False", lambda: q.get(False)),
                    ("get block=False, timeout ignored", lambda: q.get(False, -1)),
                    ("get timeout", lambda: q.get(timeout=0.05)),
                    ("get timeout 0", lambda: q.get(timeout=0)),
                    ("get negative timeout", lambda: q.get(timeout=-1))]:
    try:
        call()
    except (queue.Empty, ValueError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))

# unbounded queues never block on put, even with a negative timeout
u = queue.Queue(-5)
u.put(1, timeout=-1)
print("unbounded:", u.full(), u.maxsize, u.get())

# task_done / join
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("task_done on empty ->", e)
for i in range(5):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
handled = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        handled.append(item * 10)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
q.join()
print("joined after", sorted(handled))
q.put(None)
q.join()
t.join()
print("unfinished:", q.unfinished_tasks)

# priority queue with tuples, and with items that only compare their priority
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (3, "a"), (1, "a"), (2, "a")]:
    pq.put(item)
print([pq.get() for _ in range(5)])


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 3, 2, 1, 2, 3, 1, 2, 3]):
    pq.put(Job(p, "job%d" % i))
print([(j.priority, j.name) for j in (pq.get() for _ in range(12))])

lq = queue.LifoQueue(3)
for i in range(3):
    lq.put(i)
try:
    lq.put(3, block=False)
except queue.Full:
    print("lifo full")
print([lq.get() for _ in range(3)])

# a blocked get is woken by a put; a blocked put by a get
q = queue.Queue(1)
got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
t.join(0.05)
print("getter waiting:", t.is_alive())
q.put("hello")
t.join()
print(got)
q.put("x")
t = threading.Thread(target=lambda: q.put("y"))
t.start()
t.join(0.05)
print("putter waiting:", t.is_alive(), q.qsize())
print(q.get())
t.join()
print(q.get(), q.empty())
