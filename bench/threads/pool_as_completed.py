# (e) 20,000 tiny tasks through ThreadPoolExecutor(8), collected with as_completed. Prints the
# time (s).
import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def task(x):
    return x * 2


start = time.perf_counter()
with ThreadPoolExecutor(8) as pool:
    futures = [pool.submit(task, i) for i in range(20_000)]
    total = sum(f.result() for f in as_completed(futures))
elapsed = time.perf_counter() - start
assert total == 2 * sum(range(20_000)), total
print(f"{elapsed:.4f}")
