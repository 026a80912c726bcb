import threading
import time
from datetime import datetime


def heartbeat(interval, stop_event):
    beats = 0
    while not stop_event.wait(interval):
        beats += 1
        print(f"[{datetime.now():%H:%M:%S}] beat {beats}", flush=True)


def background():
    while True:
        time.sleep(0.5)


stop = threading.Event()
hb = threading.Thread(target=heartbeat, args=(0.02, stop), name="heartbeat")
daemon = threading.Thread(target=background, daemon=True)
hb.start()
daemon.start()
time.sleep(0.07)
stop.set()
hb.join()
print("daemon alive at exit:", daemon.is_alive(), "| daemon flag:", daemon.daemon)
