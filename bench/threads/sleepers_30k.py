# (a) 30,000 threads that each sleep 0.5 s, started and joined. Prints the wall time (s).
import threading
import time

N = 30_000
start = time.perf_counter()
threads = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"{time.perf_counter() - start:.4f}")
