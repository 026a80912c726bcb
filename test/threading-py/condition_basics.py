# Condition: wait/notify/notify_all, wait timeouts, wait_for, notify(n), errors, with a
# Lock and with an RLock held several times.
import threading

cond = threading.Condition()
print(repr(cond).split(" at ")[0])
for label, call in [("wait", cond.wait), ("notify", cond.notify), ("notify_all", cond.notify_all),
                    ("wait_for", lambda: cond.wait_for(lambda: True))]:
    try:
        call()
    except RuntimeError as e:
        print(label, "->", e)

with cond as entered:
    print("with gives", entered)
    print("wait timeout:", cond.wait(0.05), cond.wait(0), cond.wait(-1))
    print("wait_for:", cond.wait_for(lambda: 0, 0.05), cond.wait_for(lambda: "yes", 0),
          cond.wait_for(lambda: [], timeout=0))

# producer / consumer
items = []
consumed = []
c = threading.Condition()


def consumer():
    for _ in range(5):
        with c:
            while not items:
                c.wait()
            consumed.append(items.pop(0))


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with c:
        items.append(i)
        c.notify()
t.join()
print("consumed", consumed)

# notify(n) wakes exactly n waiters; notify_all the rest
c = threading.Condition(threading.Lock())
print(repr(c).split(" at ")[0])
woken = []
ready = threading.Semaphore(0)


def waiter(i):
    with c:
        ready.release()
        c.wait()
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in range(5):
    ready.acquire()
with c:
    print("waiting:", len(c._waiters))
    c.notify(2)
for t in threads:
    t.join(0.1)
print("after notify(2):", len(woken), sum(t.is_alive() for t in threads))
with c:
    c.notify()
for t in threads:
    t.join(0.1)
print("after notify():", len(woken))
with c:
    c.notify_all()
for t in threads:
    t.join()
print("after notify_all():", sorted(woken))
with c:
    c.notify(3)     # nobody waits: nothing happens
    print("no waiters left:", len(c._waiters))

# wait_for with a predicate that another thread makes true
state = {"value": 0}
c2 = threading.Condition()


def bump():
    for _ in range(3):
        with c2:
            state["value"] += 1
            c2.notify_all()


with c2:
    t = threading.Thread(target=bump)
    t.start()
    print("wait_for result:", c2.wait_for(lambda: state["value"] >= 3, timeout=10))
t.join()

# RLock held twice: wait releases it completely, and restores both levels
rc = threading.Condition(threading.RLock())
flag = []


def setter():
    with rc:
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print("nested wait:", rc.wait_for(lambda: flag, 10))
        print("still owned twice:", rc._lock._recursion_count())
t.join()

# A Condition on the Python _RLock
pc = threading.Condition(threading._PyRLock())
with pc:
    print("pyrlock wait timeout:", pc.wait(0.01))
