# Waiting with a timeout, or while another thread sleeps, is no deadlock.
import threading
import time

lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.05))


def release_later():
    time.sleep(0.05)
    lock.release()


threading.Thread(target=release_later).start()
print(lock.acquire())
