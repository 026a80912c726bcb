# (c) 4 CPU-bound threads run for 2 s; prints how much more the most-served thread did than
# the least-served one (%).
import threading
import time

DURATION = 2.0
counts = [0] * 4
stop = False


def work(i):
    n = 0
    while not stop:
        n += 1
    counts[i] = n


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(DURATION)
stop = True
for t in threads:
    t.join()
print(f"{(max(counts) / min(counts) - 1) * 100:.2f}")
