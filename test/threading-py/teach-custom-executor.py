# Writing your own Executor: an InlineExecutor that runs work at once in the caller (handy in
# tests), and a ThreadPerTaskExecutor that starts a named thread per submit. Both inherit
# map(), the context manager and shutdown() from concurrent.futures.Executor, so the same
# client code runs on them and on ThreadPoolExecutor.
import concurrent.futures
import threading


class InlineExecutor(concurrent.futures.Executor):
    def __init__(self):
        self._shutdown = False
        self.calls = 0

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        self.calls += 1
        fut = concurrent.futures.Future()
        fut.set_running_or_notify_cancel()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as e:
            fut.set_exception(e)
        return fut

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ThreadPerTaskExecutor(concurrent.futures.Executor):
    def __init__(self, prefix):
        self._prefix = prefix
        self._threads = []
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs):
        fut = concurrent.futures.Future()

        def run():
            if not fut.set_running_or_notify_cancel():
                return
            try:
                fut.set_result(fn(*args, **kwargs))
            except BaseException as e:
                fut.set_exception(e)

        with self._lock:
            t = threading.Thread(target=run, name=f"{self._prefix}-{len(self._threads)}")
            self._threads.append(t)
        t.start()
        return fut

    def shutdown(self, wait=True, *, cancel_futures=False):
        if wait:
            for t in self._threads:
                t.join()


def describe(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return f"{x}:{'even' if x % 2 == 0 else 'odd'}"


def client(executor, label):
    with executor as ex:
        futures = [ex.submit(describe, x) for x in range(5)]
        outcomes = []
        for f in futures:
            try:
                outcomes.append(f.result(timeout=5))
            except ValueError as e:
                outcomes.append(f"error({e})")
        mapped = list(ex.map(str.upper, ["a", "b", "c"]))
        power = list(ex.map(pow, [2, 3, 4], [3, 2, 1]))
        kw = ex.submit(sorted, [3, 1, 2], reverse=True).result()
    print(f"{label:10} {outcomes}")
    print(f"{'':10} map: {mapped} {power} kwargs: {kw}")


inline = InlineExecutor()
client(inline, "inline")
print("inline calls:", inline.calls)
try:
    inline.submit(print, "late")
except RuntimeError as e:
    print("after shutdown:", e)
per_task = ThreadPerTaskExecutor("task")
client(per_task, "per-task")
print("threads started:", len(per_task._threads), "| names:", [t.name for t in per_task._threads[:3]])
print("all finished:", not any(t.is_alive() for t in per_task._threads))
client(concurrent.futures.ThreadPoolExecutor(max_workers=2), "pool")

# the base class alone refuses to submit
try:
    concurrent.futures.Executor().submit(print)
except NotImplementedError as e:
    print("Executor.submit:", type(e).__name__, e)
with concurrent.futures.Executor() as base:
    print("base executor as context manager:", type(base).__name__)
