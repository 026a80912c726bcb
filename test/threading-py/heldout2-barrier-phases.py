import threading

N = 3
results = []
lock = threading.Lock()

def on_phase():
    results.append("--- phase complete ---")

barrier = threading.Barrier(N, action=on_phase)

def worker(i):
    for phase in range(2):
        with lock:
            results.append((phase, i))
        idx = barrier.wait()
    return

ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
# phases must be separated
phase_marks = [i for i, r in enumerate(results) if isinstance(r, str)]
print(phase_marks)
print(sorted(r for r in results[:3]))
print(barrier.parties, barrier.n_waiting, barrier.broken)

b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, b.broken)
b.reset()
print("after reset:", b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("aborted barrier raises")
