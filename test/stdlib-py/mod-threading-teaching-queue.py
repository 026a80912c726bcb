import threading, time, queue, sys

def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()

q = queue.Queue(maxsize=3)
results = []
ts = [threading.Thread(target=worker, args=(q, results)) for _ in range(3)]
for t in ts: t.start()
print([t.name for t in ts])
print(sorted(x.name for x in threading.enumerate()))
for i in range(10): q.put(i)
for _ in ts: q.put(None)
q.join()
for t in ts: t.join()
print(sorted(results))
print(q.empty(), q.qsize(), q.full())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty", repr(queue.Empty()))
pq = queue.PriorityQueue()
for p in [(3, "c"), (1, "a"), (2, "b")]: pq.put(p)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
fq = queue.Queue(1); fq.put(1)
try:
    fq.put(2, timeout=0.01)
except queue.Full:
    print("Full")
try:
    q.task_done()
except ValueError as e:
    print(e)

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
    def withdraw(self, amt):
        with self.lock:
            if self.balance >= amt:
                time.sleep(0.001)
                self.balance -= amt
                return True
            return False
acct = Account(100)
ok = []
ts = [threading.Thread(target=lambda: ok.append(acct.withdraw(30))) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance, sorted(ok))

def daemon_loop():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=daemon_loop, daemon=True)
d.start()
print(d.daemon, d.is_alive(), repr(d).split(",")[0])
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"My-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
m = MyThread(100); m.start(); m.join(); print(m.name, m.result)
try:
    m.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t = threading.Thread(target=print, args=("hi",)); print(t.name.startswith("Thread-"), t.name.endswith("(print)"))
try:
    t.join()
except RuntimeError as e:
    print(e)
print(threading.get_ident() == threading.main_thread().ident, type(threading.get_native_id()))
lk = threading.Lock()
print(lk.acquire(timeout=0.01), lk.acquire(timeout=0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print(e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
