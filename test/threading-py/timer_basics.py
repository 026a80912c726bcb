# Timer: runs after its interval, cancel() before it fires, args/kwargs, is a Thread.
import threading
import time

fired = []
t = threading.Timer(0.05, fired.append, args=["first"])
start = time.monotonic()
t.start()
t.join()
print(fired, "waited at least the interval:", time.monotonic() - start >= 0.04)
print(repr(t).replace(str(t.ident), "IDENT"))

t = threading.Timer(10, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

t = threading.Timer(0.01, lambda a, b=0: fired.append(a + b), [1], {"b": 2})
t.start()
t.join()
print(fired)

t = threading.Timer(0, fired.append, ("zero",))
print(t.interval, t.function is fired.append, t.args, t.kwargs, t.daemon)
t.daemon = True
t.start()
t.join()
print(fired)

# cancel() after it fired changes nothing
t.cancel()
print(t.finished.is_set())

# default args: empty list and dict
t = threading.Timer(0, lambda: fired.append("no args"))
print(t.args, t.kwargs)
t.start()
t.join()
print(fired[-1])


# timers fire in the order of their intervals
order = []
timers = [threading.Timer(d, order.append, (d,)) for d in (0.15, 0.05, 0.1)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(order)
