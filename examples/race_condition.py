# A race condition: two threads add to a shared counter without a lock.
#
# `counter += 1` is three steps for the interpreter: read counter, add 1, write counter back.
# A thread can lose the GIL between the read and the write; the other thread then adds its own
# increments, and when the first thread resumes it writes back its stale value: those
# increments are lost. Run it a few times: the total changes from run to run.
#
# With pygil, `--schedule-seed N` makes the thread switches happen at the same places on every
# run, so a given seed always loses the same number of updates:
#
#     pygil --schedule-seed 42 examples/race_condition.py
#
# The fix is a lock around the update (see 14_counter_lock.py).
import threading

counter = 0
N = 200_000


def add_many():
    global counter
    for _ in range(N):
        counter += 1


threads = [threading.Thread(target=add_many) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"expected {2 * N}, got {counter}")
print(f"lost updates: {2 * N - counter}")
