# sys.exit() in the main thread: the other non-daemon threads still finish; exit status 3.
import sys
import threading
import time


def worker():
    time.sleep(0.05)
    print("worker done")


threading.Thread(target=worker).start()
print("exiting")
sys.exit(3)
