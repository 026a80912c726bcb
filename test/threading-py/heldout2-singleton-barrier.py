import threading

class Singleton:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
                    cls.created += 1
        return cls._instance

start = threading.Barrier(8)
got = []
def make():
    start.wait()
    got.append(id(Singleton()))
ts = [threading.Thread(target=make) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print("instances created:", Singleton.created, "distinct ids:", len(set(got)))

from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def expensive(x):
    calls.append(x)
    return x * 2
def use():
    for i in range(5):
        expensive(i % 3)
ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(expensive.cache_info().currsize, sorted(set(calls)))
