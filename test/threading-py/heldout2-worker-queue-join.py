import threading, queue

NUM_WORKERS = 4
tasks = queue.Queue()
out = queue.Queue()

def worker(wid):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        out.put((n, n * n))
        tasks.task_done()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
for n in range(20):
    tasks.put(n)
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
res = []
while not out.empty():
    res.append(out.get())
res.sort()
print(res)
print(sum(v for _, v in res))
print(all(not t.is_alive() for t in threads))
