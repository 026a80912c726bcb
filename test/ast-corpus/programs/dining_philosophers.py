import random
import threading
import time

N = 5
forks = [threading.Lock() for _ in range(N)]
print_lock = threading.Lock()
meals = [0] * N
stop = threading.Event()


def say(*args):
    with print_lock:
        print(*args, flush=True)


def philosopher(i):
    left, right = forks[i], forks[(i + 1) % N]
    # Always take the lower-numbered fork first, so no cycle of waiting can form.
    first, second = (left, right) if i < (i + 1) % N else (right, left)
    while not stop.is_set():
        time.sleep(random.uniform(0, 0.002))
        with first:
            if not second.acquire(timeout=0.01):
                continue
            try:
                meals[i] += 1
                if meals[i] % 10 == 0:
                    say(f"philosopher {i} has eaten {meals[i]} times")
            finally:
                second.release()


threads = [threading.Thread(target=philosopher, args=(i,), daemon=True) for i in range(N)]
for t in threads:
    t.start()
time.sleep(0.2)
stop.set()
for t in threads:
    t.join(timeout=1)
say("meals:", meals, "alive:", sum(t.is_alive() for t in threads))
