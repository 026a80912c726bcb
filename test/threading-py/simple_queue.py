# SimpleQueue: unbounded FIFO without task tracking.
import queue
import threading

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=-5)    # block and timeout are ignored
print(q.empty(), q.qsize(), q.get(), q.get_nowait(), q.get(False), q.empty())
for label, call in [("get_nowait", q.get_nowait),
                    ("get(False)", lambda: q.get(False)),
                    ("get timeout", lambda: q.get(timeout=0.05)),
                    ("get timeout 0", lambda: q.get(True, 0)),
                    ("negative timeout", lambda: q.get(timeout=-1))]:
    try:
        call()
    except (queue.Empty, ValueError) as e:
        print(label, "->", type(e).__name__, repr(str(e)))
print(hasattr(q, "full"), hasattr(q, "task_done"), hasattr(q, "join"), hasattr(q, "maxsize"))

got = []
t = threading.Thread(target=lambda: got.append(q.get()))
t.start()
t.join(0.05)
print("waiting:", t.is_alive())
q.put("wake")
t.join()
print(got)

# many threads putting and getting
q = queue.SimpleQueue()
lock = threading.Lock()
taken = []


def getter():
    for _ in range(100):
        item = q.get()
        with lock:
            taken.append(item)


def putter(base):
    for i in range(100):
        q.put(base + i)


threads = [threading.Thread(target=getter) for _ in range(2)]
threads += [threading.Thread(target=putter, args=(b,)) for b in (0, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(taken), sorted(taken) == sorted(list(range(100)) + list(range(1000, 1100))), q.empty())

# order is kept for a single producer and consumer
for i in range(1000):
    q.put(i)
print([q.get() for _ in range(1000)] == list(range(1000)))
