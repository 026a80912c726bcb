# Tutorials often look inside a Queue through its .queue attribute (a deque) while holding
# q.mutex: peek at the head, search for an item, cancel a queued job, push an urgent job to the
# front, or clear everything. Then a worker drains what is left.
import queue
import threading

jobs = queue.Queue()
for name in ["resize a.png", "resize b.png", "email bob", "resize c.png", "backup db"]:
    jobs.put(name)

with jobs.mutex:
    print("peek:", jobs.queue[0], "| last:", jobs.queue[-1])
    print("length:", len(jobs.queue), "| snapshot:", list(jobs.queue))
    print("contains 'email bob':", "email bob" in jobs.queue, "| 'email eve':", "email eve" in jobs.queue)
    print("resize jobs:", sum(1 for j in jobs.queue if j.startswith("resize")))
    print("index of backup:", jobs.queue.index("backup db"), "| count of email bob:", jobs.queue.count("email bob"))
    jobs.queue.remove("email bob")  # cancelled before anyone took it
    jobs.unfinished_tasks -= 1
    jobs.queue.appendleft("URGENT restart")  # jump the line
    jobs.unfinished_tasks += 1
    try:
        jobs.queue.remove("not there")
    except ValueError as e:
        print("ValueError:", e)
print("after edits:", list(jobs.queue), "qsize:", jobs.qsize())

done = []


def worker():
    while True:
        try:
            job = jobs.get(timeout=0.2)
        except queue.Empty:
            return
        done.append(job)
        jobs.task_done()


w = threading.Thread(target=worker)
w.start()
jobs.join()
w.join()
print("done in order:", done)
print("unfinished:", jobs.unfinished_tasks, "empty:", jobs.empty())

# emptying a queue in one go, the way some tutorials "cancel everything"
q = queue.Queue()
for i in range(6):
    q.put(i)
print("get two:", q.get(), q.get())
with q.mutex:
    left = list(q.queue)
    q.queue.clear()
    q.all_tasks_done.notify_all()
    q.unfinished_tasks = 0
print("cleared items:", left, "qsize now:", q.qsize())
q.join()  # returns at once: nothing unfinished
print("join after clear returned")
q.put("fresh")
print("queue works after clear:", q.get_nowait(), q.empty())
print("deque repr:", repr(q.queue))

# LifoQueue and PriorityQueue keep a plain list in .queue
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print("lifo list:", lq.queue, "| heap head:", pq.queue[0], "| sorted:", sorted(pq.queue))
print("lifo top:", lq.queue[-1], "| pop:", lq.get())
