# Retrying failed work with futures: tasks that fail a given number of times are resubmitted
# until they succeed or run out of attempts, driven by a wait(FIRST_COMPLETED) loop over the
# pending set. The per-task attempt history is printed in task order at the end.
import concurrent.futures
import threading
from concurrent.futures import FIRST_COMPLETED

FAILS_BEFORE_SUCCESS = {"alpha": 0, "beta": 2, "gamma": 1, "delta": 5, "epsilon": 3}
MAX_ATTEMPTS = 4
attempts = {name: 0 for name in FAILS_BEFORE_SUCCESS}
alock = threading.Lock()


class TransientError(Exception):
    pass


def flaky_task(name):
    with alock:
        attempts[name] += 1
        n = attempts[name]
    if n <= FAILS_BEFORE_SUCCESS[name]:
        raise TransientError(f"{name} attempt {n} failed")
    return f"{name} ok after {n} attempt{'s' if n > 1 else ''}"


history = {name: [] for name in FAILS_BEFORE_SUCCESS}
final = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    pending = {pool.submit(flaky_task, name): name for name in FAILS_BEFORE_SUCCESS}
    rounds = 0
    while pending:
        rounds += 1
        done, _ = concurrent.futures.wait(pending, timeout=5, return_when=FIRST_COMPLETED)
        for fut in done:
            name = pending.pop(fut)
            try:
                final[name] = fut.result()
                history[name].append("ok")
            except TransientError as e:
                history[name].append("fail")
                if len(history[name]) < MAX_ATTEMPTS:
                    pending[pool.submit(flaky_task, name)] = name
                else:
                    final[name] = f"gave up: {e}"

for name in FAILS_BEFORE_SUCCESS:
    print(f"{name:8} {' -> '.join(history[name]):32} {final[name]}")
print("total attempts:", sum(attempts.values()))
print("loop rounds at least the longest history:", rounds >= max(len(h) for h in history.values()))

# the same with a generic helper and exponential back-off delays recorded, not slept
def with_retries(pool, fn, arg, tries, backoffs):
    delay = 0.001
    for attempt in range(1, tries + 1):
        fut = pool.submit(fn, arg)
        try:
            return fut.result(timeout=5)
        except TransientError:
            backoffs.append(delay)
            delay *= 2
    raise RuntimeError(f"{arg}: all {tries} attempts failed")


for name in FAILS_BEFORE_SUCCESS:
    attempts[name] = 0
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    for name in ["beta", "delta"]:
        backoffs = []
        try:
            print(with_retries(pool, flaky_task, name, 3, backoffs), "| back-offs:", backoffs)
        except RuntimeError as e:
            print("error:", e, "| back-offs:", backoffs)
