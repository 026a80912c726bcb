# (f) 50,000 items from a producer to a consumer thread through a bounded Queue. Prints the
# time (s).
import queue
import threading
import time

N = 50_000
q = queue.Queue(maxsize=100)
total = 0


def produce():
    for i in range(N):
        q.put(i)
    q.put(None)


def consume():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        total += item


start = time.perf_counter()
p = threading.Thread(target=produce)
c = threading.Thread(target=consume)
p.start()
c.start()
p.join()
c.join()
elapsed = time.perf_counter() - start
assert total == sum(range(N)), total
print(f"{elapsed:.4f}")
