# Classic bounded-buffer producer/consumer: several producers put numbered items into a
# queue.Queue(maxsize=3), consumers take them until a sentinel arrives. Output is made
# deterministic by collecting results and printing them after the joins.
import queue
import threading

SENTINEL = None
buffer = queue.Queue(maxsize=3)
consumed = {}
consumed_lock = threading.Lock()
produced_counts = {}


def producer(pid, count):
    for i in range(count):
        item = (pid, i, pid * 100 + i)
        buffer.put(item)  # blocks while the buffer is full
    produced_counts[pid] = count


def consumer(name):
    got = []
    while True:
        item = buffer.get()
        if item is SENTINEL:
            buffer.task_done()
            break
        got.append(item)
        buffer.task_done()
    with consumed_lock:
        consumed[name] = got


producers = [threading.Thread(target=producer, args=(p, 5 + p), name=f"producer-{p}") for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(f"consumer-{c}",), name=f"consumer-{c}") for c in range(2)]

for t in consumers + producers:
    t.start()
print("started:", sorted(t.name for t in consumers + producers))
for t in producers:
    t.join()
print("producers done:", sorted(produced_counts.items()))
buffer.join()  # every produced item has been marked done
print("buffer drained, unfinished tasks =", buffer.unfinished_tasks)
for _ in consumers:
    buffer.put(SENTINEL)
for t in consumers:
    t.join()
print("consumers alive:", [t.is_alive() for t in consumers])

all_items = sorted(item for got in consumed.values() for item in got)
print("total consumed:", len(all_items))
print("expected total:", sum(5 + p for p in range(3)))
print("first five:", all_items[:5])
print("last five:", all_items[-5:])
per_producer = {}
for pid, i, value in all_items:
    per_producer.setdefault(pid, []).append(i)
for pid in sorted(per_producer):
    seq = per_producer[pid]
    print(f"producer {pid}: {len(seq)} items, in order={seq == sorted(seq)}, values ok={seq == list(range(5 + pid))}")

# each consumer saw every producer's items in the order that producer made them
for name in sorted(consumed):
    got = consumed[name]
    ordered = True
    for pid in range(3):
        mine = [i for p, i, _ in got if p == pid]
        if mine != sorted(mine):
            ordered = False
    print(name, "per-producer order kept:", ordered)
print("queue empty:", buffer.empty(), "qsize:", buffer.qsize(), "full:", buffer.full())
