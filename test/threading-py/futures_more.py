# submit's positional-only fn, per-worker thread-local data, pool futures in wait() and
# as_completed() with exceptions, shutdown(wait=False, cancel_futures=True).
import concurrent.futures as cf
import threading


def show(fn=None, *args, **kwargs):
    return (fn, args, sorted(kwargs.items()))


with cf.ThreadPoolExecutor(1) as ex:
    print(ex.submit(show, fn=1, self=2).result())
    print(ex.submit(show, 1, 2, x=3).result())
    print(ex.submit(fn=1) if False else "fn is positional-only")
try:
    cf.ThreadPoolExecutor(1).submit()
except TypeError:
    print("submit() needs a function")

data = threading.local()
meet = threading.Barrier(2)


def init():
    data.worker = threading.current_thread().name


def read_local():
    meet.wait()                    # both workers must be busy at once
    return data.worker


with cf.ThreadPoolExecutor(2, initializer=init, thread_name_prefix="w") as ex:
    fs = [ex.submit(read_local) for _ in range(2)]
    print(sorted(f.result() for f in fs))
print("main has no value:", hasattr(data, "worker"))


def maybe(i):
    if i % 2:
        raise ValueError(i)
    return i


with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(maybe, i) for i in range(6)]
    results = []
    for f in cf.as_completed(fs):
        if f.exception() is not None:
            results.append(("error", f.exception().args[0]))
        else:
            results.append(("ok", f.result()))
    print(sorted(results))
    done, not_done = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(not_done))

gate = threading.Event()
ex = cf.ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
rest = [ex.submit(print, "should not run") for _ in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in rest], "first running:", first.running())
gate.set()
print("first result:", first.result())
ex.shutdown()
