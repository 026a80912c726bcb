# A hand-made worker pool: N threads take jobs from a Queue, put results on another, the main
# thread uses task_done()/join() to know when everything is processed, then stops the workers
# with one sentinel each. Failing jobs are reported, not lost.
import queue
import threading

NUM_WORKERS = 3
jobs = queue.Queue()
results = queue.Queue()


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def handle(job):
    kind, value = job
    if kind == "prime":
        return is_prime(value)
    if kind == "fact":
        out = 1
        for k in range(2, value + 1):
            out *= k
        return out
    if kind == "div":
        return 100 // value
    raise ValueError(f"unknown job kind {kind!r}")


def worker(wid):
    handled = 0
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            results.put(("worker-exit", wid, handled))
            return
        try:
            results.put(("ok", job, handle(job)))
        except Exception as e:
            results.put(("error", job, f"{type(e).__name__}: {e}"))
        finally:
            handled += 1
            jobs.task_done()


threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
work = [("prime", n) for n in (2, 15, 17, 97, 100)] + [("fact", n) for n in (5, 10, 20)]
work += [("div", 7), ("div", 0), ("sqrt", 4)]
for job in work:
    jobs.put(job)
jobs.join()
print("all jobs processed; unfinished:", jobs.unfinished_tasks)
for _ in threads:
    jobs.put(None)
jobs.join()
for t in threads:
    t.join()

collected = []
exits = []
while not results.empty():
    item = results.get()
    (exits if item[0] == "worker-exit" else collected).append(item)
for status, job, value in sorted(collected, key=lambda r: (r[1][0], r[1][1])):
    print(f"{status:5} {job[0]:5} {job[1]:3} -> {value}")
print("exits:", len(exits), "jobs handled in total:", sum(h for _, _, h in exits))
print("workers alive:", sum(t.is_alive() for t in threads))
