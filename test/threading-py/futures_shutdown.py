# shutdown(wait, cancel_futures), submit after shutdown, lazy and reused workers, max_workers.
import concurrent.futures as cf
import os
import threading
import time

ex = cf.ThreadPoolExecutor(max_workers=3)
print("default max_workers:", cf.ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() or 1) + 4))
print("no workers before the first submit:", len(ex._threads))
for i in range(5):
    ex.submit(pow, 2, i).result()       # one at a time: the idle worker is reused
print("workers after sequential calls:", len(ex._threads))
gate = threading.Event()
fs = [ex.submit(gate.wait) for _ in range(5)]
time.sleep(0.05)
print("workers with blocked calls:", len(ex._threads), "running:", sum(f.running() for f in fs))
gate.set()
cf.wait(fs)
print("names:", sorted(t.name for t in ex._threads))
ex.shutdown()
print("after shutdown, alive workers:", sum(t.is_alive() for t in ex._threads))
for label, call in [("submit", lambda: ex.submit(print)), ("map", lambda: list(ex.map(str, [1])))]:
    try:
        call()
    except RuntimeError as e:
        print(label, "->", e)
print("map of nothing is fine:", list(ex.map(str, [])))
ex.shutdown()                           # twice is fine

# shutdown(wait=False) returns at once; the queued work still runs
gate = threading.Event()
done = []
ex = cf.ThreadPoolExecutor(1)
f1 = ex.submit(gate.wait)
f2 = ex.submit(done.append, "queued")
ex.shutdown(wait=False)
print("returned while busy:", f1.running(), f2.done())
gate.set()
f2.result()
print("queued work ran:", done)

# cancel_futures cancels what has not started
gate = threading.Event()
ex = cf.ThreadPoolExecutor(1)
running = ex.submit(gate.wait)
while not running.running():
    time.sleep(0.001)
queued = [ex.submit(done.append, i) for i in range(3)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print("cancelled:", [f.cancelled() for f in queued], "running one finished:", running.result())
print(done)

# the context manager shuts down and waits
with cf.ThreadPoolExecutor(2) as ex:
    f = ex.submit(time.sleep, 0.05)
print("done after with:", f.done(), ex._shutdown)
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)

# an exception inside the with block still waits for the calls
results = []
try:
    with cf.ThreadPoolExecutor(2) as ex:
        ex.submit(lambda: (time.sleep(0.05), results.append("finished")))
        raise KeyError("in the block")
except KeyError:
    print("after the block:", results)

# at most max_workers threads
active = 0
most = 0
lock = threading.Lock()


def task():
    global active, most
    with lock:
        active += 1
        most = max(most, active)
    time.sleep(0.01)
    with lock:
        active -= 1


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    for _ in range(8):
        ex.submit(task)
print("at most 2 at once:", most <= 2, "threads:", len(ex._threads))
print(isinstance(ex, cf.Executor), cf.Executor().submit is not None)
try:
    cf.Executor().submit(print)
except NotImplementedError:
    print("Executor.submit is abstract")
with cf.Executor() as base:
    print("base executor context manager ok")
