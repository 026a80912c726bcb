import threading
import queue
import time

SENTINEL = object()

def producer(q, n):
    for i in range(n):
        item = f"item-{i}"
        q.put(item)
    q.put(SENTINEL)

def consumer(q, results):
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        results.append(item.upper())
        q.task_done()

q = queue.Queue(maxsize=3)
results = []
p = threading.Thread(target=producer, args=(q, 10), name="Producer")
c = threading.Thread(target=consumer, args=(q, results), name="Consumer")
p.start(); c.start()
p.join(); c.join()
q.join()
print(results)
print("queue empty:", q.empty(), "size:", q.qsize(), "full:", q.full())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty raised", type(e).__name__, repr(e))
q2 = queue.Queue(1)
q2.put(1)
try:
    q2.put(2, timeout=0.01)
except queue.Full:
    print("Full raised")
