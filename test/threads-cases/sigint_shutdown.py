# Ctrl-C while threading._shutdown() waits for a non-daemon thread: reported as CPython does,
# and the program ends with the main thread's status.
import threading
import time


def sleeper():
    time.sleep(30)


threading.Thread(target=sleeper).start()
print("main done", flush=True)
