# RLock is reentrant for its owner and remembers who owns it: a recursive function that locks
# at every level, ownership errors when another thread releases, and the plain Lock's errors.
import threading

rlock = threading.RLock()
visited = []


def walk(tree, depth=0):
    with rlock:
        visited.append((depth, tree["name"]))
        for child in tree.get("children", []):
            walk(child, depth + 1)


tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1"}, {"name": "a2"}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x"}]}]},
]}
walk(tree)
print("visited:", visited)

print("acquire three times:", rlock.acquire(), rlock.acquire(), rlock.acquire())
print("owned repr shows count 3:", "count=3" in repr(rlock), "locked" in repr(rlock))
errors = []


def thief():
    try:
        rlock.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(("try acquire", rlock.acquire(blocking=False)))
    errors.append(("timed acquire", rlock.acquire(timeout=0.02)))


t = threading.Thread(target=thief)
t.start()
t.join()
print("another thread:", errors)
rlock.release()
rlock.release()
rlock.release()
print("unlocked repr:", "unlocked" in repr(rlock), "count=0" in repr(rlock))
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# after the owner releases, another thread can take it
got = []
t = threading.Thread(target=lambda: got.append(rlock.acquire(timeout=1)) or rlock.release())
t.start()
t.join()
print("other thread acquired after release:", got)

# plain Lock: not reentrant, not owned
lock = threading.Lock()
lock.acquire()
print("second acquire of a Lock without blocking:", lock.acquire(False))
released_by_other = []
t = threading.Thread(target=lambda: (lock.release(), released_by_other.append(lock.locked())))
t.start()
t.join()
print("a Lock may be released by another thread:", released_by_other)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)

# a Condition built on an RLock may be entered twice by its owner
cond = threading.Condition(threading.RLock())
with cond:
    with cond:
        print("nested with on Condition(RLock): ok")
        print("wait timeout inside nested:", cond.wait(0.01))


class Counter:
    def __init__(self):
        self.lock = threading.RLock()
        self.value = 0

    def inc(self):
        with self.lock:
            self.value += 1

    def add(self, n):
        with self.lock:
            for _ in range(n):
                self.inc()  # re-enters the lock


counter = Counter()
ts = [threading.Thread(target=counter.add, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter.value)
