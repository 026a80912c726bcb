# SimpleQueue (native, as CPython's _queue.SimpleQueue): argument checks, messages, subclassing,
# a get() that waits in one thread while another puts, timeouts.
import queue
import threading
import time

q = queue.SimpleQueue()
print(type(q), type(q).__module__, queue.Empty, queue.Empty.__mro__[1:])
cases = [
    ("get(False, -1)", lambda: q.get(False, -1)),
    ("get(False, 'x')", lambda: q.get(False, 'x')),
    ("get(True, -1)", lambda: q.get(True, -1)),
    ("get(timeout='x')", lambda: q.get(timeout='x')),
    ("get(timeout=nan)", lambda: q.get(timeout=float('nan'))),
    ("get(0)", lambda: q.get(0)),
    ("get([])", lambda: q.get([])),
    ("get(block=0, timeout=None)", lambda: q.get(block=0, timeout=None)),
    ("get(timeout=0)", lambda: q.get(timeout=0)),
    ("get(1, 2, block=1)", lambda: q.get(1, 2, block=1)),
    ("get(1, 2, 3)", lambda: q.get(1, 2, 3)),
    ("get(x=3)", lambda: q.get(x=3)),
    ("get(True, block=True)", lambda: q.get(True, block=True)),
    ("put()", lambda: q.put()),
    ("put(1, 2, 3, 4)", lambda: q.put(1, 2, 3, 4)),
    ("put(1, x=2)", lambda: q.put(1, x=2)),
    ("put_nowait()", lambda: q.put_nowait()),
    ("put_nowait(1, 2)", lambda: q.put_nowait(1, 2)),
    ("get_nowait(1)", lambda: q.get_nowait(1)),
    ("qsize(1)", lambda: q.qsize(1)),
    ("empty(1)", lambda: q.empty(1)),
    ("SimpleQueue(1)", lambda: queue.SimpleQueue(1)),
    ("SimpleQueue(x=1)", lambda: queue.SimpleQueue(x=1)),
]
for label, call in cases:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

q.put(item=1, block=0, timeout=-3)
q.put_nowait(item=2)
q.put(3, False)
print(q.qsize(), q.empty(), q.get(), q.get(True, 5), q.get(block=False), q.empty())
print(queue.SimpleQueue[int])


class Tagged(queue.SimpleQueue):
    def put(self, item, block=True, timeout=None):
        super().put(("tag", item))


t = Tagged()
t.put(1)
print(type(t).__mro__[1:], t.get(), t.qsize())

# a waiting get() is woken by a put() in another thread
got = []
waiter = threading.Thread(target=lambda: got.append(q.get()))
waiter.start()
time.sleep(0.05)
print("waiting:", waiter.is_alive())
q.put("hello")
waiter.join()
print(got)

# a get() with a timeout gives up with Empty
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("timed out:", repr(e), time.monotonic() - start >= 0.04)

# many getters and putters: every item arrives once
q = queue.SimpleQueue()
results = []
lock = threading.Lock()


def getter():
    while True:
        item = q.get()
        if item is None:
            return
        with lock:
            results.append(item)


getters = [threading.Thread(target=getter) for _ in range(3)]
for g in getters:
    g.start()
putters = [threading.Thread(target=lambda b=b: [q.put(b + i) for i in range(500)]) for b in (0, 1000)]
for p in putters:
    p.start()
for p in putters:
    p.join()
for _ in getters:
    q.put(None)
for g in getters:
    g.join()
print(len(results), sorted(results) == list(range(500)) + list(range(1000, 1500)), q.empty())


# a subclass whose __init__ takes arguments may be called with them; one without may not
class Named(queue.SimpleQueue):
    def __init__(self, name):
        super().__init__()
        self.name = name


named = Named("jobs")
named.put(1)
print(named.name, named.get(), named.empty())


class Plain(queue.SimpleQueue):
    pass


try:
    Plain(1)
except TypeError as e:
    print("Plain(1) ->", e)
