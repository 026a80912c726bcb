# An uncaught exception in the main thread is printed, then the other threads are still
# waited for; the exit status is 1.
import threading
import time

started = threading.Event()


def worker():
    started.set()
    time.sleep(0.1)
    print("worker finished")


threading.Thread(target=worker).start()
started.wait()


def fail():
    raise LookupError("main failed")


print("main about to fail")
fail()
