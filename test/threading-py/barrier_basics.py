# Barrier: wait indices, action, reuse, n_waiting, abort, reset, timeouts, broken state.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken, repr(b).split(" at ")[0], repr(b).split(": ")[1])

lock = threading.Lock()
indices = []
actions = []


def act():
    actions.append(threading.current_thread().name)


barrier = threading.Barrier(3, action=act)


def party(rounds):
    for r in range(rounds):
        i = barrier.wait()
        with lock:
            indices.append((r, i))


threads = [threading.Thread(target=party, args=(2,), name="p%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(indices))
print("action ran", len(actions), "times, by parties:", all(a.startswith("p") for a in actions))

# n_waiting while parties arrive
b = threading.Barrier(3)
waiting = threading.Semaphore(0)
results = []


def arrive():
    waiting.release()
    try:
        results.append(b.wait())
    except threading.BrokenBarrierError:
        results.append("broken")


t1 = threading.Thread(target=arrive)
t1.start()
waiting.acquire()
t1.join(0.05)
print("n_waiting:", b.n_waiting, repr(b).split(": ")[1])
t2 = threading.Thread(target=arrive)
t2.start()
waiting.acquire()
t2.join(0.05)
print("n_waiting:", b.n_waiting)
# abort: the two waiting threads get BrokenBarrierError
b.abort()
t1.join()
t2.join()
print(results, b.broken, repr(b).split(": ")[1], b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken ->", type(e).__name__, repr(str(e)))
b.reset()
print("after reset:", b.broken, b.n_waiting)

# reset while a thread waits: it gets BrokenBarrierError, the barrier is usable after
results.clear()
t = threading.Thread(target=arrive)
t.start()
waiting.acquire()
t.join(0.05)
b.reset()
t.join()
print(results, b.broken)
results.clear()
ts = [threading.Thread(target=arrive) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))

# timeout: the waiting thread breaks the barrier
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it:", b2.broken)
b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("wait timeout broke it:", b3.broken)

# an action that raises breaks the barrier for everyone; the last thread gets the error
def bad_action():
    raise ValueError("action failed")


b4 = threading.Barrier(2, action=bad_action)
outcome = []


def party4():
    try:
        b4.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
    except ValueError as e:
        outcome.append("ValueError: %s" % e)


ts = [threading.Thread(target=party4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), b4.broken)

# a barrier of one never waits
print(threading.Barrier(1).wait(), threading.Barrier(1, action=lambda: print("solo action")).wait())
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(repr(threading.Barrier(0)).split(": ")[1])
