# notify() wakes the waiters in the order they started waiting.
import threading

cond = threading.Condition()
woken = []
waiting = threading.Semaphore(0)


def waiter(name):
    with cond:
        waiting.release()
        cond.wait()
        woken.append(name)


threads = []
for name in "abcde":
    t = threading.Thread(target=waiter, args=(name,), name=name)
    t.start()
    waiting.acquire()          # the next one starts only when this one waits
    threads.append(t)

for t in threads:
    with cond:
        cond.notify()
    t.join()                   # the longest waiting one is the one that wakes
    print("woke", woken[-1], "expected", t.name)
