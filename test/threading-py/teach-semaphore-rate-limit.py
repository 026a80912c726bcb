# Rate limiting with semaphores: at most 3 "connections" at once out of 10 workers, checked
# with a high-water mark; a BoundedSemaphore refuses an extra release; non-blocking and
# timed acquires report False when no permit is free.
import threading
import time

MAX_CONNECTIONS = 3
pool = threading.BoundedSemaphore(MAX_CONNECTIONS)
in_use = 0
high_water = 0
stat_lock = threading.Lock()
served = []


def fetch(url_id):
    global in_use, high_water
    with pool:
        with stat_lock:
            in_use += 1
            high_water = max(high_water, in_use)
        time.sleep(0.01)  # pretend to talk to a server
        with stat_lock:
            in_use -= 1
            served.append(url_id)


workers = [threading.Thread(target=fetch, args=(i,), name=f"fetch-{i}") for i in range(10)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("served:", sorted(served))
print("high water mark <= 3:", high_water <= MAX_CONNECTIONS, "at least 1:", high_water >= 1)
print("in use after:", in_use)

# BoundedSemaphore: releasing more than acquired is an error
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)

# plain Semaphore may be released above its start value
sem = threading.Semaphore(1)
sem.release()
print("two acquires after extra release:", sem.acquire(blocking=False), sem.acquire(blocking=False))
print("third acquire:", sem.acquire(blocking=False))
print("timed acquire:", sem.acquire(timeout=0.05))
sem.release(3)
print("after release(3):", [sem.acquire(blocking=False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)

# a semaphore used as a signal: the waiter blocks until the main thread releases it
signal = threading.Semaphore(0)
order = []


def waiter():
    order.append("waiting")
    signal.acquire()
    order.append("woken")


t = threading.Thread(target=waiter)
t.start()
while "waiting" not in order:
    time.sleep(0.001)
order.append("releasing")
signal.release()
t.join()
print("order:", order)

# token bucket: a semaphore refilled by a timer thread
bucket = threading.Semaphore(2)
taken = [bucket.acquire(blocking=False) for _ in range(3)]
print("bucket before refill:", taken)
refill = threading.Timer(0.05, bucket.release, args=(2,))
refill.start()
print("blocking acquire waits for refill:", bucket.acquire(timeout=5))
refill.join()
print("one more:", bucket.acquire(blocking=False), "then:", bucket.acquire(blocking=False))
print("repr kind:", type(pool).__name__, type(sem).__name__)
