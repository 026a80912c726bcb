# The end of a program with threads: after the main module's last line, non-daemon threads
# are joined first, then atexit handlers run (in reverse order of registration), and only then
# does the executor's own exit hook run. sys.exit() in the main thread still waits for workers
# and keeps its exit status.
import atexit
import concurrent.futures
import sys
import threading
import time

log = []


def worker(name, delay):
    time.sleep(delay)
    print(f"{name} finished", flush=True)


@atexit.register
def first_registered():
    print("atexit: registered first, runs last", flush=True)


def with_args(label, *, punct="!"):
    print(f"atexit: {label}{punct}", flush=True)


atexit.register(with_args, "registered second", punct=".")
atexit.register(lambda: print("atexit: threads alive at exit:", threading.active_count(), flush=True))

threading.Thread(target=worker, args=("slow worker", 0.35)).start()
t = threading.Thread(target=worker, args=("quick worker", 0.0))
t.start()
t.join()

pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
pool.submit(worker, "pool job", 0.1)

print("main: calling sys.exit(4)", flush=True)
sys.exit(4)
