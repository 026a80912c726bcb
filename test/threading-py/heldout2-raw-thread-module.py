import _thread
import time
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
results = []
def worker(n):
    with lock:
        results.append(n * n)
    if len(results) == 3:
        done.release()
for i in range(3):
    _thread.start_new_thread(worker, (i,))
done.acquire()
print(sorted(results))
def failing():
    raise ValueError("from raw thread")
_thread.start_new_thread(failing, ())
time.sleep(0.1)
print("main continues", _thread.get_ident() > 0, type(lock).__name__)
try:
    _thread.start_new_thread(worker, [1])
except TypeError as e:
    print("TypeError:", e)
print(_thread.TIMEOUT_MAX > 0, _thread.error is RuntimeError)
