# The clocks: types, monotonicity, ns variants agreeing with the float ones.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = g()
    c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 1)
t0 = time.monotonic()
time.sleep(0.05)
print("slept", time.monotonic() - t0 >= 0.049)
print(abs(time.time() - time.mktime(time.localtime())) < 2)
try:
    time.time(1)
except TypeError as e:
    print(e)
