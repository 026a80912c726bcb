# Sleeping threads wake in deadline order; sleep parks only the sleeper; switch interval.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)

order = []


def sleeper(d):
    time.sleep(d)
    order.append(d)


threads = [threading.Thread(target=sleeper, args=(d,)) for d in (0.15, 0.05, 0.2, 0.1, 0.0)]
for t in threads:
    t.start()
start = time.monotonic()
n = 0
while time.monotonic() - start < 0.02:
    n += 1
print("main computed while they slept:", n > 0)
for t in threads:
    t.join()
print(order)
for bad in (-1, float("nan"), "x", 1e20):
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(e)
