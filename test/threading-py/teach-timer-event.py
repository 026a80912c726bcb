# Timers and Events: a watchdog Timer fires unless cancelled, a start signal Event releases a
# group of racers at once, wait(timeout) returns False when nobody sets the flag, and clear()
# re-arms an Event for a second round.
import threading
import time

fired = []
t1 = threading.Timer(0.05, lambda: fired.append("watchdog"))
t2 = threading.Timer(0.05, lambda: fired.append("cancelled one"))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print("fired:", fired)
print("timer names:", t1.name.startswith("Thread-"), type(t1).__name__)
print("alive after join:", t1.is_alive(), t2.is_alive())

# cancel before start: the timer never runs its function
t3 = threading.Timer(0.01, fired.append, args=["never"])
t3.cancel()
t3.start()
t3.join()
print("fired after cancel-before-start:", fired)

# kwargs are passed through
t4 = threading.Timer(0.0, lambda **kw: fired.append(sorted(kw.items())), kwargs={"b": 2, "a": 1})
t4.start()
t4.join()
print("with kwargs:", fired[-1])

# starting gun: racers wait on an Event, then record their lap
start = threading.Event()
ready = threading.Semaphore(0)
finish = []
lock = threading.Lock()


def racer(n):
    ready.release()
    start.wait()
    total = sum(range(n * 1000))
    with lock:
        finish.append((n, total))


racers = [threading.Thread(target=racer, args=(n,)) for n in range(1, 6)]
for r in racers:
    r.start()
for _ in racers:
    ready.acquire()
print("all racers ready, flag set:", start.is_set(), "finished:", len(finish))
start.set()
for r in racers:
    r.join()
print("results:", sorted(finish))

# wait with timeout returns the flag
e = threading.Event()
t0 = time.monotonic()
print("wait timeout result:", e.wait(0.05))
print("waited at least 40 ms:", time.monotonic() - t0 >= 0.04)
e.set()
print("wait when set:", e.wait(0), e.wait())
e.clear()
print("cleared:", e.is_set(), e.wait(0.01))

# two rounds with the same event: ping-pong between two threads
ping, pong = threading.Event(), threading.Event()
rally = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        rally.append(f"pong {i}")
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(3):
    rally.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print("rally:", rally)
print("repr has state:", "unset" in repr(e) or "set" in repr(e))
