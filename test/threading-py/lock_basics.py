# Lock: acquire/release, blocking and timeouts, errors, with, release by another thread,
# a counter protected by a lock.
import threading
import _thread

lock = threading.Lock()
print(type(lock) is _thread.LockType, repr(lock).split(" at ")[0])
print(lock.acquire(), lock.locked(), repr(lock).split(" at ")[0])
print("non-blocking:", lock.acquire(False), lock.acquire(blocking=False))
print("timeout:", lock.acquire(timeout=0.05), lock.acquire(True, 0))
lock.release()
print(lock.locked())
for label, call in [("release unlocked", lock.release),
                    ("timeout without blocking", lambda: lock.acquire(False, 1)),
                    ("negative timeout", lambda: lock.acquire(True, -5))]:
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(threading.ThreadError is RuntimeError is _thread.error)
print("timeout=-1 blocks normally:", lock.acquire(timeout=-1))
lock.release()

with lock as value:
    print("in with:", value, lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("inside")
except KeyError:
    print("released after exception:", not lock.locked())

# A plain lock has no owner: another thread may release it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())

# Blocked acquire is woken by a release in another thread.
order = []
gate = threading.Lock()
gate.acquire()


def waiter():
    order.append("waiting")
    gate.acquire()
    order.append("got it")
    gate.release()


w = threading.Thread(target=waiter)
w.start()
w.join(0.1)
order.append("releasing")
gate.release()
w.join()
print(order)

# Acquire with a timeout that another thread satisfies in time.
busy = threading.Lock()
busy.acquire()
releaser = threading.Timer(0.05, busy.release)
releaser.start()
print("acquired within 5 s:", busy.acquire(timeout=5))
releaser.join()

counter = 0
counter_lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
