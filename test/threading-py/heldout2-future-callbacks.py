from concurrent.futures import ThreadPoolExecutor, Future, wait, FIRST_EXCEPTION, ALL_COMPLETED
import threading

log = []
lock = threading.Lock()

def cb(fut):
    with lock:
        if fut.exception() is not None:
            log.append(("error", repr(fut.exception())))
        else:
            log.append(("ok", fut.result()))

def job(n):
    if n < 0:
        raise RuntimeError("negative!")
    return n * 10

with ThreadPoolExecutor(max_workers=2) as pool:
    futs = []
    for n in [1, -1, 2]:
        f = pool.submit(job, n)
        f.add_done_callback(cb)
        futs.append(f)
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

print(sorted(log))
f = Future()
print(f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fu: print("callback sees", fu.result()))
f.set_result(42)
print(f.done(), f.result())
f2 = Future()
print(f2.cancel(), f2.cancelled())
try:
    f2.result()
except Exception as e:
    print(type(e).__module__, type(e).__name__)
f3 = Future()
f3.set_exception(KeyError("k"))
print(repr(f3.exception()))
try:
    f3.result()
except KeyError as e:
    print("KeyError", e)
