# What start() guarantees when it returns, the order of first output, and Conditions over a
# plain lock (ownership is "held by anyone").
import threading

go = threading.Event()
t = threading.Thread(target=go.wait)
print(t.ident is None, t.native_id is None, t.is_alive(), repr(t).split(",")[1])
t.start()
print("after start:", t.ident == t._ident, t.native_id is not None, t in threading.enumerate(),
      t.is_alive())
go.set()
t.join()
print(t.is_alive(), repr(t).split(",")[1].split()[0])
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

# names count up; a daemon thread's threads are daemons
names = [threading.Thread().name for _ in range(2)]
print(int(names[1].split("-")[1]) - int(names[0].split("-")[1]))
def child():
    print("child daemon:", threading.Thread().daemon)
d = threading.Thread(target=child, daemon=True)
d.start()
d.join()

# Condition over a plain Lock
c = threading.Condition(threading.Lock())
for name in ("wait", "notify"):
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
with c:
    print("wait(0):", c.wait(0), "notify:", c.notify())
print("released after wait:", not c._lock.locked())

# Semaphore and Event keep working with their Condition's lock
s = threading.BoundedSemaphore(1)
print(s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError:", e)
e = threading.Event()
print(e.wait(0.01), e.is_set())
threading.Timer(0.01, e.set).start()
print(e.wait(), e.is_set())
e.clear()
print(e.is_set(), repr(e).split()[-1])
