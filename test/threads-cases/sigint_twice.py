# A first Ctrl-C ends the main thread (uncaught KeyboardInterrupt); shutdown then waits for a
# non-daemon thread; a second Ctrl-C ends the program.
import threading
import time


def sleeper():
    time.sleep(30)


t = threading.Thread(target=sleeper)
t.start()
print("waiting", flush=True)
t.join()
