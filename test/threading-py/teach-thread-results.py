# Four ways tutorials get a value back from a thread: a Thread subclass that keeps the target's
# return value (using the private _target/_args/_kwargs), a shared list indexed by worker, a
# result queue, and a Future. Plus a repeating timer built by overriding Timer.run.
import concurrent.futures
import queue
import threading


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class ThreadWithReturnValue(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None):
        super().__init__(group, target, name, args, kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        super().join(timeout)
        return self._return


threads = [ThreadWithReturnValue(target=fib, args=(n,)) for n in (10, 20, 30)]
for t in threads:
    t.start()
print("subclass:", [t.join() for t in threads])
t = ThreadWithReturnValue(target=lambda **kw: sorted(kw), kwargs={"b": 1, "a": 2})
t.start()
print("kwargs target:", t.join(), "| private args:", t._args, t._kwargs)

# a list slot per worker
results = [None] * 5


def store(i):
    results[i] = fib(i * 5)


ts = [threading.Thread(target=store, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("list slots:", results)

# a result queue: (index, value) pairs sorted afterwards
rq = queue.Queue()
ts = [threading.Thread(target=lambda i=i: rq.put((i, fib(i)))) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
pairs = sorted(rq.get() for _ in range(rq.qsize()))
print("queue:", pairs)

# a Future filled in by a plain thread
fut = concurrent.futures.Future()


def compute_into(f, n):
    if not f.set_running_or_notify_cancel():
        return
    try:
        f.set_result(fib(n))
    except Exception as e:
        f.set_exception(e)


threading.Thread(target=compute_into, args=(fut, 50)).start()
print("future:", fut.result(timeout=5))
bad = concurrent.futures.Future()
threading.Thread(target=compute_into, args=(bad, "x")).start()
print("future error:", repr(bad.exception(timeout=5)))


class RepeatTimer(threading.Timer):
    """Calls function every interval seconds until cancelled."""

    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
enough = threading.Event()


def tick(label):
    ticks.append(label)
    if len(ticks) == 4:
        enough.set()


rt = RepeatTimer(0.01, tick, args=("tick",))
print("timer fields:", rt.interval, rt.args, rt.kwargs, rt.finished.is_set())
rt.start()
enough.wait(5)
rt.cancel()
rt.join()
print("ticks (at least 4):", ticks[:4], len(ticks) >= 4, "finished set:", rt.finished.is_set())
