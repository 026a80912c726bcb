# Readers/writers lock built on threading.Condition: many readers may read together, a writer
# needs exclusive access, and waiting writers are preferred over new readers. Checks that no
# reader ever sees a writer inside and that the writes all land.
import threading


class ReadWriteLock:
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    def acquire_read(self):
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._writers_waiting == 0)
            self._readers += 1

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if self._readers == 0:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writers_waiting -= 1
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()


rw = ReadWriteLock()
shared = {"version": 0, "data": []}
violations = []
reads = []
reads_lock = threading.Lock()
max_concurrent_readers = 0
active_readers = 0
count_lock = threading.Lock()


def reader(rid):
    global max_concurrent_readers, active_readers
    for _ in range(30):
        rw.acquire_read()
        try:
            with count_lock:
                active_readers += 1
                max_concurrent_readers = max(max_concurrent_readers, active_readers)
            if rw._writer:
                violations.append(("reader saw writer", rid))
            snapshot = (shared["version"], len(shared["data"]))
            if snapshot[0] != snapshot[1]:
                violations.append(("torn read", snapshot))
            with count_lock:
                active_readers -= 1
        finally:
            rw.release_read()
        with reads_lock:
            reads.append(snapshot)


def writer(wid):
    for i in range(10):
        rw.acquire_write()
        try:
            if rw._readers:
                violations.append(("writer with readers", wid))
            shared["data"].append((wid, i))
            shared["version"] += 1
        finally:
            rw.release_write()


threads = [threading.Thread(target=reader, args=(r,)) for r in range(4)]
threads += [threading.Thread(target=writer, args=(w,)) for w in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("violations:", violations)
print("final version:", shared["version"])
print("writes per writer:", sorted((w, sum(1 for x, _ in shared["data"] if x == w)) for w in range(3)))
print("each writer's order kept:", all([i for x, i in shared["data"] if x == w] == list(range(10)) for w in range(3)))
print("reads:", len(reads))
print("reads consistent:", all(v == n for v, n in reads))
print("versions seen are in range:", all(0 <= v <= 30 for v, _ in reads))
print("max readers together >= 1:", max_concurrent_readers >= 1)
print("state after:", rw._readers, rw._writer, rw._writers_waiting)

# wait_for returns the predicate's value, also on timeout
cond = threading.Condition()
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.05))
    print("wait_for true at once:", cond.wait_for(lambda: 42))
    print("wait timeout returns:", cond.wait(0.01))
