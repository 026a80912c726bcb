# A __hash__ waiting for a lock its own thread holds: nothing can end the wait. The dict
# operation raises RuntimeError (CPython hangs); the program goes on.
import threading

lock = threading.Lock()


class Key:
    def __hash__(self):
        with lock:
            return 1


lock.acquire()
try:
    {Key(): 1}
except RuntimeError as e:
    print("RuntimeError:", e)
lock.release()
print({Key(): 2})
