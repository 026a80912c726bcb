# The queue module's kinds side by side: FIFO Queue, LifoQueue (a stack), PriorityQueue with
# (priority, item) tuples and with dataclass(order=True) wrappers, and SimpleQueue; plus the
# non-blocking and timed variants raising queue.Full / queue.Empty.
import queue
import threading
from dataclasses import dataclass, field

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for word, pr in [("write report", 3), ("fix bug", 1), ("lunch", 2), ("email", 3), ("deploy", 0)]:
    fifo.put(word)
    lifo.put(word)
    prio.put((pr, word))
print("fifo:", [fifo.get() for _ in range(fifo.qsize())])
print("lifo:", [lifo.get() for _ in range(lifo.qsize())])
print("prio:", [prio.get() for _ in range(prio.qsize())])


@dataclass(order=True)
class Job:
    priority: int
    description: str = field(compare=False)


jobs = queue.PriorityQueue()
for p, d in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "urgent too")]:
    jobs.put(Job(p, d))
out = []
while not jobs.empty():
    out.append(jobs.get_nowait())
print("jobs:", [(j.priority, j.description) for j in out][:1], [j.priority for j in out])

# items that cannot be compared break a PriorityQueue
bad = queue.PriorityQueue()
bad.put((1, {"a": 1}))
try:
    bad.put((1, {"b": 2}))
except TypeError as e:
    print("TypeError:", e)

# bounded queue: Full and Empty
q = queue.Queue(maxsize=2)
q.put_nowait("a")
q.put("b", timeout=0.01)
print("full:", q.full(), "qsize:", q.qsize())
try:
    q.put_nowait("c")
except queue.Full:
    print("put_nowait: queue.Full")
try:
    q.put("c", timeout=0.05)
except queue.Full as e:
    print("put(timeout): queue.Full", repr(e))
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait: queue.Empty")
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("get(timeout): queue.Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): queue.Empty")
try:
    q.put("x", timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# a blocked get is woken by a put from another thread
def late_put():
    threading.Event().wait(0.05)
    q.put("delivered")


t = threading.Thread(target=late_put)
t.start()
print("blocking get:", q.get(timeout=5))
t.join()

# SimpleQueue: unbounded, no task tracking
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
sq.put_nowait(3)
print("simple:", sq.qsize(), sq.empty(), [sq.get() for _ in range(4)], sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty")
print("no task_done:", hasattr(sq, "task_done"), hasattr(sq, "join"))

# task_done too often
tq = queue.Queue()
tq.put(1)
tq.get()
tq.task_done()
try:
    tq.task_done()
except ValueError as e:
    print("ValueError:", e)
print("maxsize values:", queue.Queue().maxsize, queue.Queue(0).maxsize, queue.Queue(-5).maxsize)
neg = queue.Queue(-5)
for i in range(10):
    neg.put_nowait(i)
print("negative maxsize is unbounded:", neg.qsize(), neg.full())
print("Empty/Full are Exceptions:", issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
