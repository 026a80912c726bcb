import threading
import time

counter = 0
lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def unsafe_increment(times):
    global counter
    for _ in range(times):
        value = counter
        time.sleep(0)
        counter = value + 1


def run(target, n_threads=4, times=10_000):
    global counter
    counter = 0
    threads = [threading.Thread(target=target, args=(times,), name=f"worker-{i}") for i in range(n_threads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    return counter, elapsed


if __name__ == "__main__":
    total, secs = run(increment)
    print(f"with lock:    {total} in {secs:.3f}s")
    total, secs = run(unsafe_increment, times=100)
    print(f"without lock: {total} (expected {4 * 100})")
