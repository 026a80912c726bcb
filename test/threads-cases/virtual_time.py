# With --virtual-time, long sleeps take no time: the clock jumps to the next wake-up.
import threading
import time

start = time.monotonic()
wall = time.time()
events = []


def sleeper(name, seconds):
    time.sleep(seconds)
    events.append((name, round(time.monotonic() - start)))


threads = [threading.Thread(target=sleeper, args=(n, s)) for n, s in (("a", 3600), ("b", 60), ("c", 86400))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(events)
print("elapsed", round(time.monotonic() - start), round(time.time() - wall), round(time.perf_counter() - start) >= 0)
