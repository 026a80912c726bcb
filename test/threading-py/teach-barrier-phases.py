# A simulation in phases synchronised by a Barrier: each worker computes its part, waits, and
# the barrier's action (run by one thread) prints the phase summary. Then abort() breaks the
# barrier so waiters get BrokenBarrierError, and reset() makes it usable again.
import threading

PARTIES = 4
grid = [0] * PARTIES
phase_log = []


def end_of_phase():
    phase_log.append(sum(grid))
    print(f"phase {len(phase_log)} done, total = {sum(grid)}")


barrier = threading.Barrier(PARTIES, action=end_of_phase)
indices = []
idx_lock = threading.Lock()


def worker(i):
    for phase in range(3):
        grid[i] += (i + 1) * (phase + 1)
        idx = barrier.wait()
        with idx_lock:
            indices.append((phase, idx))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("grid:", grid)
print("phase totals:", phase_log)
for phase in range(3):
    print("phase", phase, "wait() indices:", sorted(idx for p, idx in indices if p == phase))
print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

# abort() wakes the waiters with BrokenBarrierError
b = threading.Barrier(3)
outcomes = []
out_lock = threading.Lock()


def waiter(name):
    try:
        b.wait()
        res = "passed"
    except threading.BrokenBarrierError:
        res = "broken"
    with out_lock:
        outcomes.append((name, res))


ws = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(2)]
for w in ws:
    w.start()
while b.n_waiting < 2:
    threading.Event().wait(0.005)
print("waiting before abort:", b.n_waiting)
b.abort()
for w in ws:
    w.join()
print("after abort:", sorted(outcomes), "broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken barrier:", type(e).__name__, isinstance(e, RuntimeError))

b.reset()
print("after reset broken:", b.broken)
outcomes.clear()
ws = [threading.Thread(target=waiter, args=(f"v{i}",)) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("after reset:", sorted(outcomes))

# a timeout on wait() breaks the barrier for everyone
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("timed out alone, broken:", b2.broken)

# an action that raises breaks the barrier; the thread running it gets the exception
def bad_action():
    raise ValueError("action failed")


b3 = threading.Barrier(2, action=bad_action)
results = []


def party():
    try:
        b3.wait()
        results.append("ok")
    except threading.BrokenBarrierError:
        results.append("broken")
    except ValueError as e:
        results.append(f"ValueError {e}")


ps = [threading.Thread(target=party) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print("bad action:", sorted(results), "broken:", b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
