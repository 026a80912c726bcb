# Executor shutdown: shutdown(wait=True) waits for queued work; shutdown(cancel_futures=True)
# cancels what has not started; submitting after shutdown raises RuntimeError; the with
# statement shuts down on exit, also when the body raises.
import concurrent.futures
import threading

started = []
started_lock = threading.Lock()
gate = threading.Event()


def job(n):
    with started_lock:
        started.append(n)
    gate.wait(10)
    return n * n


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, i) for i in range(8)]
# wait until the two workers have taken the first two jobs
while True:
    with started_lock:
        if len(started) == 2:
            break
    threading.Event().wait(0.005)
print("started before shutdown:", sorted(started))
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
states = []
for i, f in enumerate(futures):
    if f.cancelled():
        states.append((i, "cancelled"))
    else:
        states.append((i, f.result(timeout=5)))
print("states:", states)
print("cancelled count:", sum(1 for f in futures if f.cancelled()))
print("started overall:", sorted(started))
try:
    pool.submit(job, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
pool.shutdown()  # a second shutdown is harmless

# shutdown(wait=True) runs every queued job
gate.clear()
started.clear()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(job, i) for i in range(5)]
threading.Timer(0.05, gate.set).start()
pool.shutdown(wait=True)
print("all ran:", sorted(started), [f.result() for f in futures])

# the with statement shuts the pool down even when the body raises
try:
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        f = pool.submit(job, 3)
        raise KeyError("body failed")
except KeyError as e:
    print("body raised:", e)
print("future finished by shutdown:", f.done(), f.result())
try:
    pool.submit(job, 4)
except RuntimeError as e:
    print("after with:", e)

# max_workers must be positive
try:
    concurrent.futures.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
print("threads at end:", threading.active_count())
