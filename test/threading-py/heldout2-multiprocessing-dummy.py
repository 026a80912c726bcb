from multiprocessing.dummy import Pool as ThreadPool, Process, Queue, Lock, current_process
import multiprocessing.dummy as dummy
import multiprocessing.pool
import multiprocessing
import time
import re

def clean(s):
    return re.sub(r"0x[0-9a-f]+|\d{6,}", "N", s)

def square(x):
    return x * x

def slow_double(x):
    time.sleep(0.01 * (3 - x % 3))
    return 2 * x

with ThreadPool(4) as pool:
    print(clean(repr(pool)), pool.map(square, range(10)))
    r = pool.apply_async(pow, (2, 5))
    print(r.get(timeout=5), r.ready(), r.successful())
    print(list(pool.imap(slow_double, range(6))), sorted(pool.imap_unordered(slow_double, range(6))))
    print(pool.starmap(pow, [(2, 3), (3, 2)]), pool.apply(square, (9,)))
    try:
        pool.apply(int, ("x",))
    except ValueError as e:
        print("ValueError:", e)
    try:
        pool.map(lambda v: 1 / v, [1, 0, 2])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    got = []
    res = pool.map_async(square, [1, 2, 3], callback=got.append)
    res.wait()
    print(res.get(), got)
    errs = []
    res = pool.apply_async(int, ("y",), error_callback=lambda e: errs.append(type(e).__name__))
    res.wait()
    print(res.successful(), errs)
pool = ThreadPool(2)
print(pool.map(str.upper, ["a", "b"]))
pool.close()
try:
    pool.map(square, [1])
except ValueError as e:
    print("ValueError:", e)
pool.join()
p2 = ThreadPool(1)
try:
    p2.join()
except ValueError as e:
    print("ValueError:", e)
p2.terminate(); p2.join()
results = Queue()
lock = Lock()
def worker(n):
    with lock:
        results.put((n, current_process().name.startswith("Thread") or current_process().name.startswith("worker")))
procs = [Process(target=worker, args=(i,), name=f"worker-{i}") for i in range(3)]
for p in procs: p.start()
for p in procs: p.join()
print(sorted(results.get() for _ in range(3)), [p.exitcode for p in procs])
print(multiprocessing.cpu_count() >= 1, multiprocessing.pool.ThreadPool.__name__, dummy.Namespace(a=1, b="x"))
try:
    ThreadPool(0)
except ValueError as e:
    print("ValueError:", e)
import multiprocessing, logging, sys
print(multiprocessing.current_process(), multiprocessing.current_process().name, multiprocessing.parent_process(), multiprocessing.active_children())
logging.basicConfig(stream=sys.stdout, format="%(processName)s %(threadName)s %(message)s")
logging.warning("hi")
