# Semaphore and BoundedSemaphore: counting, blocking, timeouts, release(n), errors, repr.
import threading

s = threading.Semaphore(2)
print(repr(s).split(" at ")[0], repr(s).split(": ")[1])
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.05), s.acquire(True, 0))
print(repr(s).split(": ")[1])
s.release(2)
print(repr(s).split(": ")[1])
for label, call in [("negative", lambda: threading.Semaphore(-1)),
                    ("timeout without blocking", lambda: s.acquire(False, 1)),
                    ("release(0)", lambda: s.release(0)),
                    ("bounded too many", lambda: threading.BoundedSemaphore(1).release()),
                    ("bounded release(0)", lambda: threading.BoundedSemaphore(1).release(0))]:
    try:
        call()
    except ValueError as e:
        print(label, "->", e)
print("zero is fine:", threading.Semaphore(0).acquire(False), threading.Semaphore(0).acquire(timeout=-1))

with s:
    print("inside with:", repr(s).split(": ")[1])
print("after with:", repr(s).split(": ")[1])

b = threading.BoundedSemaphore(3)
print(repr(b).split(": ")[1])
b.acquire()
b.acquire()
print(repr(b).split(": ")[1])
try:
    b.release(3)
except ValueError as e:
    print("release(3) ->", e, repr(b).split(": ")[1])
b.release(2)
print(repr(b).split(": ")[1], repr(b).split(" at ")[0])

# at most 2 threads inside at once
pool = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
most = 0
entered = []


def work(i):
    global inside, most
    with pool:
        with lock:
            inside += 1
            most = max(most, inside)
            entered.append(i)
        threading.Event().wait(0.02)
        with lock:
            inside -= 1


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", most, "entered:", sorted(entered))

# release(n) wakes n waiters
gate = threading.Semaphore(0)
passed = []


def wait_gate(i):
    gate.acquire()
    with lock:
        passed.append(i)


threads = [threading.Thread(target=wait_gate, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
gate.release(3)
for t in threads:
    t.join(0.1)
print("after release(3):", len(passed))
gate.release()
for t in threads:
    t.join()
print("after one more:", sorted(passed))

# a waiting acquire with timeout that a release satisfies
late = threading.Semaphore(0)
threading.Timer(0.05, late.release).start()
print("got it in time:", late.acquire(timeout=5))


class Mine(threading.Semaphore):
    pass


print(repr(Mine(4)).split(" at ")[0])
