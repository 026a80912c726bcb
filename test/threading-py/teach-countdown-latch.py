# Building your own synchronisers from a Condition: a CountDownLatch (wait until N events
# happened), a reusable CyclicGate, and a ReadyCounter that reports how many arrived. Used
# to start services in dependency order and to wait for "all services up".
import threading


class CountDownLatch:
    def __init__(self, count):
        if count < 0:
            raise ValueError("count must be >= 0")
        self._count = count
        self._cond = threading.Condition()

    def count_down(self):
        with self._cond:
            if self._count > 0:
                self._count -= 1
                if self._count == 0:
                    self._cond.notify_all()

    def wait(self, timeout=None):
        with self._cond:
            return self._cond.wait_for(lambda: self._count == 0, timeout)

    @property
    def count(self):
        with self._cond:
            return self._count


SERVICES = {
    "database": [],
    "cache": [],
    "auth": ["database"],
    "api": ["database", "cache", "auth"],
    "web": ["api"],
}
started = {name: threading.Event() for name in SERVICES}
all_up = CountDownLatch(len(SERVICES))
start_log = []
log_lock = threading.Lock()


def start_service(name):
    for dep in SERVICES[name]:
        started[dep].wait()
    with log_lock:
        # every dependency was logged before us
        start_log.append((name, all(d in [n for n, _ in start_log] for d in SERVICES[name])))
    started[name].set()
    all_up.count_down()


threads = [threading.Thread(target=start_service, args=(n,), name=n) for n in reversed(list(SERVICES))]
for t in threads:
    t.start()
print("all up within timeout:", all_up.wait(timeout=5), "| remaining:", all_up.count)
for t in threads:
    t.join()
print("dependencies respected:", all(ok for _, ok in start_log))
print("web started last:", start_log[-1][0] == "web")
print("database before auth:", [n for n, _ in start_log].index("database") < [n for n, _ in start_log].index("auth"))

latch = CountDownLatch(2)
print("timed out wait:", latch.wait(timeout=0.05), "count:", latch.count)
latch.count_down()
latch.count_down()
latch.count_down()  # extra count-downs are ignored
print("opened:", latch.wait(0), "count:", latch.count)
try:
    CountDownLatch(-1)
except ValueError as e:
    print("ValueError:", e)


class CyclicGate:
    """Opens for everyone waiting when open() is called, then closes again."""

    def __init__(self):
        self._cond = threading.Condition()
        self._generation = 0
        self.waiting = 0

    def pass_through(self):
        with self._cond:
            gen = self._generation
            self.waiting += 1
            self._cond.notify_all()
            self._cond.wait_for(lambda: self._generation != gen)
            return gen

    def open(self):
        with self._cond:
            self._generation += 1
            self.waiting = 0  # counts the waiters of the new generation
            self._cond.notify_all()

    def wait_for_waiters(self, n):
        with self._cond:
            self._cond.wait_for(lambda: self.waiting == n)


gate = CyclicGate()
passes = []
plock = threading.Lock()


def traveller(k):
    for _ in range(3):
        g = gate.pass_through()
        with plock:
            passes.append((g, k))


ts = [threading.Thread(target=traveller, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for rnd in range(3):
    gate.wait_for_waiters(3)
    gate.open()
for t in ts:
    t.join()
for g in range(3):
    print("generation", g, "let through:", sorted(k for gg, k in passes if gg == g))
