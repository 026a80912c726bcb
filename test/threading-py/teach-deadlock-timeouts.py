# Showing a deadlock safely: two threads take two locks in opposite order; a Barrier makes sure
# each holds its first lock before trying the second, and acquire(timeout=...) turns the hang
# into a detected deadlock: the less patient thread gives up and releases its lock, which lets
# the other one finish. Then the fix: one global lock order.
import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
both_hold_one = threading.Barrier(2)
report = {}


def transfer(name, first, second, first_name, second_name, patience):
    with first:
        both_hold_one.wait()
        got = second.acquire(timeout=patience)
        if got:
            second.release()
            report[name] = f"got {first_name} then {second_name}"
        else:
            report[name] = f"holds {first_name}, timed out waiting for {second_name}"


t1 = threading.Thread(target=transfer, args=("t1", lock_a, lock_b, "A", "B", 5.0))
t2 = threading.Thread(target=transfer, args=("t2", lock_b, lock_a, "B", "A", 0.2))
t1.start()
t2.start()
t1.join()
t2.join()
print("opposite order:")
for name in sorted(report):
    print(" ", name, report[name])
print("deadlock detected by:", [n for n in sorted(report) if "timed out" in report[n]])
print("locks free afterwards:", not lock_a.locked(), not lock_b.locked())

# the fix: every thread takes the locks in the same global order (here: by id)
ordered = sorted([lock_a, lock_b], key=id)
report.clear()
finished = threading.Barrier(2)


def transfer_ordered(name, rounds):
    for _ in range(rounds):
        with ordered[0]:
            with ordered[1]:
                report[name] = report.get(name, 0) + 1
    finished.wait()


ts = [threading.Thread(target=transfer_ordered, args=(n, 200)) for n in ("t1", "t2")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("same order:", sorted(report.items()))

# try-lock with back-off: take the second lock only if it is free, else release and retry
attempts = {"x": 0, "y": 0}
done_rounds = {"x": 0, "y": 0}
start = threading.Barrier(2)


def polite(name, first, second):
    start.wait()
    while done_rounds[name] < 50:
        with first:
            attempts[name] += 1
            if second.acquire(blocking=False):
                try:
                    done_rounds[name] += 1
                finally:
                    second.release()


ts = [threading.Thread(target=polite, args=("x", lock_a, lock_b)),
      threading.Thread(target=polite, args=("y", lock_b, lock_a))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("try-lock rounds done:", done_rounds, "| attempts >= rounds:", all(attempts[k] >= 50 for k in attempts))
print("threads left:", threading.active_count())
