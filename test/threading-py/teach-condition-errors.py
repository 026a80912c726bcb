# Misusing a Condition: wait/notify without holding its lock raise RuntimeError; a
# Condition on a plain Lock cannot be re-entered; notify(n) wakes exactly n waiters in order.
import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("wait:", e)
try:
    cond.wait_for(lambda: True, 0.1)
except RuntimeError as e:
    print("wait_for:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("notify:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("notify_all:", e)
try:
    cond.release()
except RuntimeError as e:
    print("release:", e)

# holding the lock from another thread does not count
plain = threading.Lock()
c2 = threading.Condition(plain)
plain.acquire()
err = []
t = threading.Thread(target=lambda: err.append(c2._is_owned()))
t.start()
t.join()
print("owned by other thread (plain Lock guesses locked):", err)
plain.release()

# notify(n) wakes n waiters, first come first served
cond = threading.Condition()
woken = []
arrived = threading.Semaphore(0)


def waiter(i):
    with cond:
        arrived.release()  # main takes the lock only once we are inside wait()
        cond.wait()
        woken.append(i)


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    arrived.acquire()
    threads.append(t)
with cond:
    cond.notify(2)
for t in threads[:2]:
    t.join()
print("after notify(2):", sorted(woken))
with cond:
    cond.notify(1)
threads[2].join()
print("after notify(1):", sorted(woken[:2]), woken[2:])
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("after notify_all:", sorted(woken), "third was", woken[2])

# a classic bounded buffer with two conditions sharing one lock
lock = threading.Lock()
not_full = threading.Condition(lock)
not_empty = threading.Condition(lock)
buf = []
CAP = 2
taken = []


def put(x):
    with not_full:
        while len(buf) >= CAP:
            not_full.wait()
        buf.append(x)
        not_empty.notify()


def take():
    with not_empty:
        while not buf:
            not_empty.wait()
        x = buf.pop(0)
        not_full.notify()
        return x


def consumer():
    for _ in range(10):
        taken.append(take())


c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    put(i * i)
c.join()
print("taken in order:", taken)
print("buffer empty:", buf == [])
print("lock free:", not lock.locked())
