# A thread-safe cache where concurrent requests for the same key compute it only once
# ("single flight"): the first caller computes, the others wait on an Event and share the
# result, or the exception. Also a lazily created singleton with double-checked locking.
import threading
import time


class SingleFlightCache:
    def __init__(self, compute):
        self._compute = compute
        self._lock = threading.Lock()
        self._done = {}       # key -> (ok, value)
        self._inflight = {}   # key -> Event
        self.computations = 0

    def get(self, key):
        with self._lock:
            if key in self._done:
                ok, value = self._done[key]
                return self._unwrap(ok, value)
            event = self._inflight.get(key)
            leader = event is None
            if leader:
                event = self._inflight[key] = threading.Event()
                self.computations += 1
        if leader:
            try:
                result = (True, self._compute(key))
            except Exception as e:
                result = (False, e)
            with self._lock:
                self._done[key] = result
                del self._inflight[key]
            event.set()
        else:
            event.wait()
        with self._lock:
            ok, value = self._done[key]
        return self._unwrap(ok, value)

    @staticmethod
    def _unwrap(ok, value):
        if ok:
            return value
        raise value


def slow_square(n):
    time.sleep(0.05)
    if n < 0:
        raise ValueError(f"negative input {n}")
    return n * n


cache = SingleFlightCache(slow_square)
answers = []
alock = threading.Lock()
go = threading.Event()


def client(key):
    go.wait()
    try:
        value = cache.get(key)
    except ValueError as e:
        value = f"error: {e}"
    with alock:
        answers.append((key, value))


threads = [threading.Thread(target=client, args=(k,)) for k in [4, 4, 4, 7, 7, -1, -1, 4]]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("answers:", sorted(answers, key=str))
print("computations:", cache.computations, "(distinct keys: 3)")
print("cached later:", cache.get(4), cache.get(7))
try:
    cache.get(-1)
except ValueError as e:
    print("cached error re-raised:", e)
print("computations after cached reads:", cache.computations)


class Config:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        Config.created += 1
        time.sleep(0.01)  # slow construction widens the race window
        self.settings = {"debug": False, "workers": 4}

    @classmethod
    def instance(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


seen = []
start = threading.Barrier(6)


def get_config():
    start.wait()
    seen.append(id(Config.instance()))


ts = [threading.Thread(target=get_config) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("singleton created once:", Config.created, "| all got the same object:", len(set(seen)) == 1)
print("settings:", Config.instance().settings)
