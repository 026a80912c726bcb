# Ctrl-C reaches the main thread while it waits in join, sleep and acquire.
import threading
import time


def sleeper():
    time.sleep(30)


t = threading.Thread(target=sleeper, daemon=True)
t.start()
for label, wait in [("join", t.join), ("sleep", lambda: time.sleep(30)), ("acquire", threading.Lock().acquire)]:
    if label == "acquire":
        lock = threading.Lock()
        lock.acquire()
        wait = lock.acquire
    try:
        print("waiting in", label, flush=True)
        wait()
    except KeyboardInterrupt:
        print("KeyboardInterrupt in", label, flush=True)
print("waiting uncaught", flush=True)
t.join()
