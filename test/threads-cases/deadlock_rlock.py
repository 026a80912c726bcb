# A thread ends holding an RLock; the main thread then waits for it forever.
import threading

lock = threading.RLock()
t = threading.Thread(target=lock.acquire)
t.start()
t.join()
lock.acquire()
