# A database connection pool built on queue.Queue: get() with a timeout hands out connections,
# a context manager returns them, and an exhausted pool raises a custom error. Worker threads
# run "queries" through the pool; the pool never hands one connection to two threads at once.
import contextlib
import queue
import threading


class PoolExhausted(Exception):
    pass


class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.in_use_by = None
        self.queries = 0

    def execute(self, sql):
        owner = threading.current_thread().name
        if self.in_use_by not in (None, owner):
            raise RuntimeError(f"connection {self.cid} shared by {self.in_use_by} and {owner}")
        self.queries += 1
        return f"{sql.split()[0]} ok"


class Pool:
    def __init__(self, size):
        self._idle = queue.Queue()
        self.all = [Connection(i) for i in range(size)]
        for c in self.all:
            self._idle.put(c)

    @contextlib.contextmanager
    def connection(self, timeout=1.0):
        try:
            conn = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise PoolExhausted(f"no connection free after {timeout} s") from None
        conn.in_use_by = threading.current_thread().name
        try:
            yield conn
        finally:
            conn.in_use_by = None
            self._idle.put(conn)

    def idle(self):
        return self._idle.qsize()


pool = Pool(3)
errors = []
answers = []
lock = threading.Lock()


def client(n):
    for i in range(20):
        try:
            with pool.connection(timeout=5) as conn:
                res = conn.execute(f"SELECT {n}, {i}")
            with lock:
                answers.append(res)
        except RuntimeError as e:
            with lock:
                errors.append(str(e))


clients = [threading.Thread(target=client, args=(n,), name=f"client-{n}") for n in range(6)]
for c in clients:
    c.start()
for c in clients:
    c.join()
print("answers:", len(answers), set(answers))
print("sharing errors:", errors)
print("queries per connection sum:", sum(c.queries for c in pool.all))
print("idle after:", pool.idle())

# exhaust the pool: three holders keep their connections until released
release = threading.Event()
holding = threading.Semaphore(0)


def hog():
    with pool.connection() as conn:
        holding.release()
        release.wait(5)


hogs = [threading.Thread(target=hog) for _ in range(3)]
for h in hogs:
    h.start()
for _ in hogs:
    holding.acquire()
print("idle while hogged:", pool.idle())
try:
    with pool.connection(timeout=0.05):
        print("not reached")
except PoolExhausted as e:
    print("PoolExhausted:", e, "| context suppressed:", e.__suppress_context__)
release.set()
for h in hogs:
    h.join()
with pool.connection(timeout=0.05) as conn:
    print("after release got connection", conn.cid in range(3), "idle:", pool.idle())
print("idle at end:", pool.idle())
