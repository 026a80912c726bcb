# Everyday lock idioms: a @synchronized decorator, a thread-safe iterator wrapper around a
# generator, acquiring two locks in one with statement, a context manager that acquires with a
# timeout, and draining a queue with iter(q.get, sentinel).
import contextlib
import functools
import queue
import threading


def synchronized(lock):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with lock:
                return fn(*args, **kwargs)
        return wrapper
    return decorate


stats_lock = threading.Lock()
stats = {"calls": 0}


@synchronized(stats_lock)
def record_call(n):
    """Count a call (under stats_lock)."""
    stats["calls"] += n


ts = [threading.Thread(target=lambda: [record_call(1) for _ in range(300)]) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("calls:", stats["calls"], "| wrapped name:", record_call.__name__, "| doc:", record_call.__doc__)


class LockedIterator:
    """Lets several threads pull from one generator without 'generator already executing'."""

    def __init__(self, it):
        self._it = iter(it)
        self._lock = threading.Lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            return next(self._it)


def numbers(limit):
    for i in range(limit):
        yield i


shared = LockedIterator(numbers(200))
taken = [[] for _ in range(4)]


def consume(k):
    for x in shared:
        taken[k].append(x)


ts = [threading.Thread(target=consume, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
every = sorted(x for part in taken for x in part)
print("each number once:", every == list(range(200)), "| each part ascending:", all(p == sorted(p) for p in taken))

# two locks in one statement, and their release on error
a_lock, b_lock = threading.Lock(), threading.RLock()
try:
    with a_lock, b_lock:
        print("both held:", a_lock.locked(), "RLock held" if "locked" in repr(b_lock).split()[0] else repr(b_lock).split()[0])
        raise LookupError("inside both")
except LookupError as e:
    print("released after", repr(e), ":", not a_lock.locked(), b_lock.acquire(blocking=False))
    b_lock.release()


@contextlib.contextmanager
def acquire_timeout(lock, timeout):
    got = lock.acquire(timeout=timeout)
    try:
        yield got
    finally:
        if got:
            lock.release()


busy = threading.Lock()
with acquire_timeout(busy, 0.05) as got:
    print("free lock acquired:", got)
holder_ready, holder_done = threading.Event(), threading.Event()


def holder():
    with busy:
        holder_ready.set()
        holder_done.wait(5)


h = threading.Thread(target=holder)
h.start()
holder_ready.wait()
with acquire_timeout(busy, 0.05) as got:
    print("held elsewhere, acquired:", got)
holder_done.set()
h.join()
print("lock free at the end:", not busy.locked())

# iter(q.get, sentinel) reads until the sentinel arrives
q = queue.Queue()
STOP = "STOP"


def feed():
    for word in "alpha beta gamma delta".split():
        q.put(word)
    q.put(STOP)


threading.Thread(target=feed).start()
print("drained:", [w.upper() for w in iter(q.get, STOP)])
print("ExitStack of locks:")
locks = [threading.Lock() for _ in range(3)]
with contextlib.ExitStack() as stack:
    for lk in locks:
        stack.enter_context(lk)
    print("  inside:", [lk.locked() for lk in locks])
print("  after:", [lk.locked() for lk in locks])
