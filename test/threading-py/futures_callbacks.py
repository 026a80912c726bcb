# Done-callbacks run in the thread that finishes the future, or at once in the caller if
# it is already done; as_completed over a pool.
import concurrent.futures as cf
import threading
import time

log = []
gate = threading.Event()
with cf.ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
    f = ex.submit(gate.wait)
    f.add_done_callback(lambda fut: log.append(("callback", threading.current_thread().name, fut.result())))
    gate.set()
    f.result()
    while not log:
        time.sleep(0.001)
    f.add_done_callback(lambda fut: log.append(("late callback", threading.current_thread().name)))
print(log)

cancelled = cf.Future()
cancelled.add_done_callback(lambda fut: log.append(("cancel callback", threading.current_thread().name)))
cancelled.cancel()
print(log[-1])


def sleepy(delay, label):
    time.sleep(delay)
    return label


with cf.ThreadPoolExecutor(3) as ex:
    futures = [ex.submit(sleepy, d, l) for d, l in [(0.9, "slow"), (0.1, "fast"), (0.5, "middle")]]
    print([f.result() for f in cf.as_completed(futures)])
    futures = {ex.submit(sleepy, d, l): l for d, l in [(0.6, "x"), (0.1, "y")]}
    for f in cf.as_completed(futures):
        print("completed", futures[f], f.result() == futures[f])
