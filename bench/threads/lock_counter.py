# (d) 8 threads x 50,000 increments of a shared counter under a Lock. Prints the time (s).
import threading
import time

N = 50_000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


start = time.perf_counter()
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
assert counter == 8 * N, counter
print(f"{elapsed:.4f}")
