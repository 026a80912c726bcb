import threading
import time

barrier = threading.Barrier(3, action=lambda: print("all arrived"))
pool = threading.BoundedSemaphore(2)
ready = threading.Event()
local = threading.local()
results = []
results_lock = threading.RLock()


def record(item):
    with results_lock:
        with results_lock:  # re-entrant: the same thread may take it again
            results.append(item)


def worker(n):
    local.name = f"w{n}"
    ready.wait()
    with pool:
        time.sleep(0.01)
        record((local.name, "in pool"))
    index = barrier.wait()
    if index == 0:
        record(("leader", local.name))


def timer_callback(message):
    record(("timer", message))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
timer = threading.Timer(0.05, timer_callback, args=("fired",))
timer.start()
time.sleep(0.01)
ready.set()
for t in threads:
    t.join()
timer.join()
print(sorted(r for r in results if r[1] == "in pool"))
print(threading.active_count() >= 1, threading.current_thread().name, threading.main_thread().name)
