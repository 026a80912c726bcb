# (b) An I/O-like thread sleeps 200 x 1 ms while 2 CPU-bound threads spin. Prints the average
# time one sleep(0.001) takes (ms): the convoy effect makes it long in CPython.
import threading
import time

stop = False


def spin():
    n = 0
    while not stop:
        n += 1


def sleeper(out):
    t0 = time.perf_counter()
    for _ in range(200):
        time.sleep(0.001)
    out.append((time.perf_counter() - t0) / 200 * 1000)


spinners = [threading.Thread(target=spin) for _ in range(2)]
for t in spinners:
    t.start()
result = []
s = threading.Thread(target=sleeper, args=(result,))
s.start()
s.join()
stop = True
for t in spinners:
    t.join()
print(f"{result[0]:.3f}")
