# Blocking put/get with timeouts that another thread satisfies in time; join with several
# workers; qsize/empty/full while threads work.
import queue
import threading

q = queue.Queue(1)
q.put("first")
threading.Timer(0.05, q.get).start()
q.put("second", timeout=5)                 # room appears after ~0.05 s
print("put with timeout succeeded:", q.get_nowait())

threading.Timer(0.05, q.put, ("late",)).start()
print("get with timeout:", q.get(timeout=5))

lq = queue.LifoQueue(1)
lq.put(1)
threading.Timer(0.05, lq.get).start()
lq.put(2, True, 5)
print("lifo:", lq.get())

pq = queue.PriorityQueue()
threading.Timer(0.05, pq.put, ((1, "p"),)).start()
print("priority:", pq.get(True, 5))

sq = queue.SimpleQueue()
threading.Timer(0.05, sq.put, ("simple",)).start()
print("simple:", sq.get(timeout=5))

# several workers share the task count
tasks = queue.Queue()
done = []
lock = threading.Lock()


def worker():
    while True:
        item = tasks.get()
        try:
            if item is None:
                return
            with lock:
                done.append(item)
        finally:
            tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(30):
    tasks.put(i)
tasks.join()
print("joined:", len(done), sorted(done) == list(range(30)), tasks.unfinished_tasks)
for w in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
print("workers stopped:", [w.is_alive() for w in workers], tasks.qsize(), tasks.empty())

# a join() waiting for task_done from another thread
jq = queue.Queue()
jq.put("job")
item = jq.get()
threading.Timer(0.05, jq.task_done).start()
jq.join()
print("join returned after task_done")
