# An uncaught exception in the main thread: printed first, then the other threads are joined;
# exit status 1. An exception in a thread goes to threading.excepthook and the program goes on.
import threading
import time


def worker():
    time.sleep(0.05)
    print("worker still finished")


def broken():
    return 1 / 0


t = threading.Thread(target=broken, name="broken")
t.start()
t.join()
print("after broken thread")
threading.Thread(target=worker).start()
raise RuntimeError("main failed")
