# Queue subclasses that override the storage hooks; the queue attribute; the mutex.
import queue
import threading


class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()

    def _get(self):
        return self.queue.pop(0)


q = SortedQueue()
for x in [5, 3, 8, 1]:
    q.put(x)
print([q.get() for _ in range(4)])

q = queue.Queue()
for x in "abc":
    q.put(x)
print(list(q.queue), len(q.queue), q.queue[0], q.queue[-1], bool(q.queue))
with q.mutex:
    q.queue.clear()
print(q.qsize(), q.empty(), bool(q.queue))
for x in range(100):
    q.put(x)
for x in range(60):
    q.get()
print(list(q.queue)[:5], len(q.queue), q.qsize())

lq = queue.LifoQueue()
lq.put(1)
lq.put(2)
print(lq.queue)
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    pq.put(x)
print(pq.queue)
print(isinstance(q.mutex, type(threading.Lock())), type(q.not_empty).__name__,
      q.not_empty._lock is q.mutex is q.not_full._lock is q.all_tasks_done._lock)
