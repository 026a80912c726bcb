# Dining philosophers, twice: first with forks taken in a global order (lowest number first),
# which cannot deadlock; then with acquire(timeout=...) and back-off. Each philosopher eats a
# fixed number of meals; the meal counts and the free forks are printed at the end.
import threading

N = 5
MEALS = 20


def ordered_dinner():
    forks = [threading.Lock() for _ in range(N)]
    meals = [0] * N
    log_lock = threading.Lock()
    log = []

    def philosopher(i):
        left, right = i, (i + 1) % N
        first, second = min(left, right), max(left, right)
        for _ in range(MEALS):
            with forks[first]:
                with forks[second]:
                    meals[i] += 1
        with log_lock:
            log.append(i)

    threads = [threading.Thread(target=philosopher, args=(i,), name=f"phil-{i}") for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("ordered: meals", meals)
    print("ordered: everyone finished", sorted(log) == list(range(N)))
    print("ordered: forks free", [not f.locked() for f in forks])


def timeout_dinner():
    forks = [threading.Lock() for _ in range(N)]
    meals = [0] * N
    backoffs = [0] * N

    def philosopher(i):
        left, right = forks[i], forks[(i + 1) % N]
        while meals[i] < MEALS:
            left.acquire()
            if right.acquire(timeout=0.01):
                meals[i] += 1
                right.release()
                left.release()
            else:
                left.release()
                backoffs[i] += 1

    threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("timeout: meals", meals)
    print("timeout: backoffs are counts", all(isinstance(b, int) and b >= 0 for b in backoffs))
    print("timeout: forks free", [not f.locked() for f in forks])


def waiter_dinner():
    # a Semaphore(N-1) "waiter" lets at most four sit down at once
    forks = [threading.Lock() for _ in range(N)]
    waiter = threading.Semaphore(N - 1)
    meals = [0] * N
    seated = 0
    max_seated = 0
    seat_lock = threading.Lock()

    def philosopher(i):
        nonlocal seated, max_seated
        for _ in range(MEALS):
            with waiter:
                with seat_lock:
                    seated += 1
                    max_seated = max(max_seated, seated)
                with forks[i]:
                    with forks[(i + 1) % N]:
                        meals[i] += 1
                with seat_lock:
                    seated -= 1

    threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("waiter: meals", meals)
    print("waiter: never more than", N - 1, "seated:", max_seated <= N - 1)
    print("waiter: seated now", seated)


ordered_dinner()
timeout_dinner()
waiter_dinner()
print("threads left:", threading.active_count())
