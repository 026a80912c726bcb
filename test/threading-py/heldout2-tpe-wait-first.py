from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, TimeoutError
import threading, time

gate = threading.Event()
def quick():
    return "quick"
def blocked():
    gate.wait()
    return "released"
def fails():
    raise OSError(2, "No such file")

ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool")
f1 = ex.submit(blocked)
f2 = ex.submit(quick)
done, pending = wait([f1, f2], return_when=FIRST_COMPLETED)
print([f.result() for f in done], len(pending))
f3 = ex.submit(fails)
done, pending = wait([f1, f3], return_when=FIRST_EXCEPTION)
print(len(done), len(pending), repr(f3.exception()))
try:
    f1.result(timeout=0.01)
except TimeoutError as e:
    print("timeout", type(e).__name__, TimeoutError is __builtins__.TimeoutError)
gate.set()
print(f1.result())
names = []
f = ex.submit(lambda: threading.current_thread().name)
print(f.result().startswith("pool_"))
ex.shutdown(wait=True)
try:
    ex.submit(quick)
except RuntimeError as e:
    print("RuntimeError:", e)
