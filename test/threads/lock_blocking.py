# Blocking acquires park only the caller; timeouts; who gets a released lock; Condition over
# an RLock held several times.
import threading
import time

lock = threading.Lock()
lock.acquire()
events = []


def waiter(name, timeout):
    got = lock.acquire(timeout=timeout)
    events.append((name, got))
    if got:
        lock.release()


t1 = threading.Thread(target=waiter, args=("short", 0.05))
t1.start()
t1.join()
print(events)
t2 = threading.Thread(target=waiter, args=("long", 5))
t2.start()
time.sleep(0.05)
print("main still runs while t2 waits:", t2.is_alive())
lock.release()
t2.join()
print(events)

start = time.monotonic()
lock.acquire()
print("timed out:", lock.acquire(timeout=0.1), time.monotonic() - start >= 0.09)
lock.release()

rl = threading.RLock()
cond = threading.Condition(rl)
ready = []


def consumer():
    with cond:
        while not ready:
            cond.wait()
        print("consumer got", ready[0])


c = threading.Thread(target=consumer)
c.start()
time.sleep(0.02)
with rl:
    with rl:
        with cond:
            ready.append("item")
            cond.notify()
        print("rlock count while notifying", rl._recursion_count())
c.join()
print("RLock held many times is shared through Condition.wait:", rl._is_owned())
