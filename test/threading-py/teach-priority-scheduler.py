# A job scheduler on a PriorityQueue: entries are (priority, sequence, job) so equal
# priorities keep submission order and jobs themselves are never compared. Jobs are queued
# before the single worker starts, so the run order is fixed; a second phase uses several
# workers and checks that urgent jobs all started before any low-priority one.
import enum
import itertools
import queue
import threading
from dataclasses import dataclass


class Priority(enum.IntEnum):
    URGENT = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass
class Job:
    name: str
    cost: int

    def run(self):
        return sum(range(self.cost))


counter = itertools.count()
jobs = queue.PriorityQueue()


def submit(priority, job):
    jobs.put((priority, next(counter), job))


submit(Priority.LOW, Job("rotate logs", 10))
submit(Priority.NORMAL, Job("send newsletter", 200))
submit(Priority.URGENT, Job("page on-call", 1))
submit(Priority.HIGH, Job("renew certificate", 50))
submit(Priority.NORMAL, Job("rebuild index", 300))
submit(Priority.URGENT, Job("restart web", 5))
submit(Priority.LOW, Job("vacuum db", 20))
print("queued:", jobs.qsize())

ran = []


def worker():
    while True:
        priority, seq, job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        ran.append((priority.name, seq, job.name, job.run()))
        jobs.task_done()


submit(Priority.LOW + 1, None)  # the stop marker sorts after every real job
w = threading.Thread(target=worker, name="scheduler")
w.start()
jobs.join()
w.join()
for pname, seq, name, result in ran:
    print(f"{pname:7} #{seq} {name:18} -> {result}")

# several workers: all URGENT/HIGH jobs are taken before any LOW one starts
start_order = []
order_lock = threading.Lock()


def parallel_worker():
    while True:
        with order_lock:  # taking and recording together (the queue never runs dry here)
            priority, seq, job = jobs.get()
            if job is not None:
                start_order.append(priority)
        if job is None:
            jobs.task_done()
            return
        job.run()
        jobs.task_done()


for i in range(12):
    submit(list(Priority)[i % 4], Job(f"job{i}", i * 10))
for _ in range(3):
    submit(Priority.LOW + 1, None)
workers = [threading.Thread(target=parallel_worker) for _ in range(3)]
for t in workers:
    t.start()
jobs.join()
for t in workers:
    t.join()
print("started:", len(start_order), "| by priority:", {p.name: start_order.count(p) for p in Priority})
first_low = start_order.index(Priority.LOW)
print("urgent/high all started before the first LOW:",
      all(p >= Priority.NORMAL for p in start_order[first_low:]))
print("queue empty:", jobs.empty())
try:
    queue.PriorityQueue().put((1, Job("a", 1))) or jobs.put((1, 0, Job("x", 1))) or jobs.put((1, 0, Job("y", 1)))
except TypeError as e:
    print("TypeError:", e)
