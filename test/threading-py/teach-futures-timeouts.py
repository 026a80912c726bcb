# Timeouts with futures: result(timeout) raises TimeoutError while the work goes on,
# wait() returns (done, not_done) with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED,
# as_completed(timeout) raises once time runs out, and executor.map(timeout=...) too.
import concurrent.futures
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

release = threading.Event()


def slow(tag):
    release.wait(10)
    return f"slow {tag}"


def quick(tag):
    return f"quick {tag}"


def broken(tag):
    raise OSError(f"disk {tag} failed")


pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)
s = pool.submit(slow, 1)
try:
    s.result(timeout=0.05)
except concurrent.futures.TimeoutError as e:
    print("result timeout:", type(e).__name__, e is not None, "builtin:", isinstance(e, TimeoutError))
print("still running:", s.running(), "done:", s.done())

q = pool.submit(quick, 2)
done, not_done = concurrent.futures.wait([s, q], return_when=FIRST_COMPLETED)
print("FIRST_COMPLETED:", [f.result() for f in done], len(not_done))

b = pool.submit(broken, 3)
done, not_done = concurrent.futures.wait([s, b], return_when=FIRST_EXCEPTION)
print("FIRST_EXCEPTION:", [str(f.exception()) for f in done], len(not_done))

done, not_done = concurrent.futures.wait([s, q, b], timeout=0.05, return_when=ALL_COMPLETED)
print("ALL_COMPLETED with timeout:", len(done), len(not_done), s in not_done)

try:
    for f in concurrent.futures.as_completed([q, s], timeout=0.05):
        print("as_completed yielded:", f.result())
except concurrent.futures.TimeoutError as e:
    print("as_completed:", e)

release.set()
print("after release:", s.result(timeout=5))
done, not_done = concurrent.futures.wait([s, q, b])
print("all done:", len(done), len(not_done))

# map with a timeout: the iterator raises when the next result is late
release.clear()


def maybe_slow(x):
    if x == 2:
        release.wait(10)
    return x * 10


it = pool.map(maybe_slow, range(4), timeout=0.1)
got = []
try:
    for v in it:
        got.append(v)
except concurrent.futures.TimeoutError:
    print("map timed out after", got)
release.set()
pool.shutdown(wait=True)
print("pool shut down")
try:
    pool.submit(quick, 9)
except RuntimeError as e:
    print("RuntimeError:", e)

# wait on an empty list and on futures that are already done
print("wait([]):", concurrent.futures.wait([]))
f = concurrent.futures.Future()
f.set_result("x")
print("wait(done):", len(concurrent.futures.wait([f], timeout=0).done))
print("as_completed(done):", [g.result() for g in concurrent.futures.as_completed([f, f])])
