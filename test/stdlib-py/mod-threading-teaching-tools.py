import threading, time, random
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED

def task(n):
    time.sleep(n / 100)
    if n == 3:
        raise ValueError(f"bad {n}")
    return n * n

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="w") as ex:
    futs = {ex.submit(task, n): n for n in [5, 1, 3, 2, 4]}
    lines = []
    for f in as_completed(futs):
        n = futs[f]
        try:
            lines.append((n, f.result()))
        except ValueError as e:
            lines.append((n, f"error {e} {type(f.exception()).__name__}"))
    # completion order depends on timing: print it sorted
    for line in sorted(lines):
        print(*line)
    print(list(ex.map(lambda x: x + 1, range(5))))
    f = ex.submit(time.sleep, 0.05)
    print(f.done(), f.running() or f.done())
    done, not_done = wait([f, ex.submit(task, 1)], return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
print(f.done(), repr(f)[:30])
print(threading.active_count())

sem = threading.BoundedSemaphore(2)
active = 0
peak = 0
lock = threading.Lock()
def limited(i):
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        time.sleep(0.01)
        with lock:
            active -= 1
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak", peak)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

b = threading.Barrier(3, action=lambda: print("phase done"))
out = []
def phased(i):
    for p in range(2):
        out.append((p, i))
        b.wait()
ts = [threading.Thread(target=phased, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out)[:3], b.broken, b.parties, b.n_waiting)

ev = threading.Event()
def waiter():
    print("waiting", ev.is_set())
    print("got", ev.wait(1))
t = threading.Thread(target=waiter, name="Waiter")
t.start(); time.sleep(0.02); ev.set(); t.join()
print(repr(t).split(",")[0], t.is_alive())
print(ev.wait(0), threading.Event().wait(0.01))

loc = threading.local()
def lw(v):
    loc.x = v
    time.sleep(0.01)
    print(threading.current_thread().name, loc.x)
ts = [threading.Thread(target=lw, args=(i,), name=f"L{i}") for i in range(3)]
for t in ts: t.start(); t.join()
print(hasattr(loc, "x"))

tm = threading.Timer(0.02, lambda: print("timer fired"))
tm.start(); tm.join()
tm2 = threading.Timer(10, print); tm2.start(); tm2.cancel(); tm2.join(); print("cancelled", tm2.finished.is_set())

r = threading.RLock()
def rec(n):
    with r:
        return 0 if n == 0 else 1 + rec(n - 1)
print(rec(5), r)
c = threading.Condition()
items = []
def consumer():
    with c:
        c.wait_for(lambda: len(items) >= 3, timeout=2)
        print("consumer sees", items)
t = threading.Thread(target=consumer); t.start()
for i in range(3):
    time.sleep(0.005)
    with c:
        items.append(i); c.notify_all()
t.join()
def boom():
    raise RuntimeError("worker failed")
t = threading.Thread(target=boom, name="Bad"); t.start(); t.join()
print("main done", threading.main_thread().name, threading.current_thread() is threading.main_thread())
