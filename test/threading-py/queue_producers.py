# Several producers and consumers on bounded queues; results checked by sums and counts.
import queue
import threading

work = queue.Queue(maxsize=3)
results = queue.Queue()
N_PRODUCERS = 3
N_CONSUMERS = 2
PER_PRODUCER = 50


def producer(base):
    for i in range(PER_PRODUCER):
        work.put(base * 1000 + i)


def consumer():
    count = 0
    while True:
        item = work.get()
        if item is None:
            break
        results.put(item % 1000)
        count += 1
        work.task_done()
    work.task_done()
    results.put(("count", count))


producers = [threading.Thread(target=producer, args=(b,)) for b in range(N_PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(N_CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print("all work done, queue empty:", work.empty())
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()

total = 0
counts = 0
items = 0
while not results.empty():
    r = results.get_nowait()
    if isinstance(r, tuple):
        counts += r[1]
    else:
        total += r
        items += 1
print(items, counts, total, total == N_PRODUCERS * sum(range(PER_PRODUCER)))

# a pipeline of stages
stage1 = queue.Queue()
stage2 = queue.Queue()
out = []


def double():
    while True:
        x = stage1.get()
        if x is None:
            stage2.put(None)
            return
        stage2.put(x * 2)


def collect():
    while True:
        x = stage2.get()
        if x is None:
            return
        out.append(x)


ts = [threading.Thread(target=double), threading.Thread(target=collect)]
for t in ts:
    t.start()
for i in range(10):
    stage1.put(i)
stage1.put(None)
for t in ts:
    t.join()
print(out)
