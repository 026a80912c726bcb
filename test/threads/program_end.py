# The program ends when the main thread does: non-daemon threads are joined first, daemon
# threads dropped; the exit status is the main thread's.
import sys
import threading
import time


def slow():
    time.sleep(0.1)
    print("non-daemon thread finished")


def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print("main done")
sys.exit(3)
