# A three-stage pipeline connected by queues: read -> transform -> write. Each stage passes a
# sentinel on when it is done; the transform stage has two workers, so the writer waits for two
# sentinels. Results are sorted at the end because the two transformers interleave.
import queue
import threading

DONE = object()
lines_q = queue.Queue(maxsize=4)
words_q = queue.Queue(maxsize=4)
written = []
stats = {"read": 0, "transformed": [0, 0]}

TEXT = """the quick brown fox
jumps over the lazy dog
pack my box with
five dozen liquor jugs
sphinx of black quartz
judge my vow"""


def reader():
    for line in TEXT.splitlines():
        lines_q.put(line)
        stats["read"] += 1
    for _ in range(2):
        lines_q.put(DONE)  # one per transformer


def transformer(k):
    while True:
        line = lines_q.get()
        if line is DONE:
            words_q.put(DONE)
            return
        words = line.split()
        words_q.put((line, len(words), " ".join(w[::-1] for w in words).upper()))
        stats["transformed"][k] += 1


def writer(n_producers):
    remaining = n_producers
    while remaining:
        item = words_q.get()
        if item is DONE:
            remaining -= 1
            continue
        written.append(item)


stages = [threading.Thread(target=reader, name="reader")]
stages += [threading.Thread(target=transformer, args=(k,), name=f"transform-{k}") for k in range(2)]
stages.append(threading.Thread(target=writer, args=(2,), name="writer"))
for s in stages:
    s.start()
for s in stages:
    s.join()
print("read:", stats["read"], "transformed total:", sum(stats["transformed"]))
for line, n, out in sorted(written):
    print(f"{n} words | {line:26} | {out}")
print("queues empty:", lines_q.empty(), words_q.empty())
print("alive:", [s.name for s in stages if s.is_alive()])

# a generator-style stage chain: each stage is a thread between two queues
def stage(fn, inq, outq):
    def run():
        while (item := inq.get()) is not DONE:
            outq.put(fn(item))
        outq.put(DONE)
    return threading.Thread(target=run)


qs = [queue.Queue() for _ in range(4)]
chain = [stage(lambda x: x + 1, qs[0], qs[1]), stage(lambda x: x * x, qs[1], qs[2]), stage(str, qs[2], qs[3])]
for c in chain:
    c.start()
for i in range(8):
    qs[0].put(i)
qs[0].put(DONE)
result = []
while (item := qs[3].get()) is not DONE:
    result.append(item)
for c in chain:
    c.join()
print("chain:", result)
