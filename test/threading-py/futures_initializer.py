# initializer/initargs run in each worker; a failing initializer breaks the pool.
import concurrent.futures as cf
import threading

seen = []
lock = threading.Lock()


def init(tag):
    with lock:
        seen.append((tag, threading.current_thread().name))


gate = threading.Event()
with cf.ThreadPoolExecutor(2, initializer=init, initargs=("ready",)) as ex:
    fs = [ex.submit(gate.wait) for _ in range(2)]
    gate.set()
    cf.wait(fs)
print(sorted(seen))


def bad_init():
    raise OSError("cannot initialize")


ex = cf.ThreadPoolExecutor(1, initializer=bad_init, thread_name_prefix="broken")
f = ex.submit(print, "never printed")
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, "->", e)
print(type(f.exception()).__module__)
try:
    ex.submit(print, "no")
except Exception as e:
    print("submit ->", type(e).__name__, e)
ex.shutdown()
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor), issubclass(cf.BrokenExecutor, RuntimeError))
