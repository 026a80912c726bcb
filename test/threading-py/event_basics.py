# Event: set/clear/is_set, wait with and without timeout, waking many waiters, repr.
import threading

e = threading.Event()
print(e.is_set(), repr(e).split(" at ")[0], repr(e).split(": ")[1])
print("wait timeout:", e.wait(0.05), e.wait(0), e.wait(-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), repr(e).split(": ")[1])
e.clear()
print(e.is_set(), repr(e).split(": ")[1])

go = threading.Event()
done = []
lock = threading.Lock()


def waiter(i):
    result = go.wait()
    with lock:
        done.append((i, result))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join(0.02)
print("before set:", done)
go.set()
for t in threads:
    t.join()
print("after set:", sorted(done))

# wait() with a timeout that a set() beats
late = threading.Event()
t = threading.Timer(0.05, late.set)
t.start()
print("set in time:", late.wait(5))
t.join()

# a ping-pong between two threads with two events
ping = threading.Event()
pong = threading.Event()
log = []


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)


class MyEvent(threading.Event):
    pass


print(repr(MyEvent()).split(" at ")[0])
