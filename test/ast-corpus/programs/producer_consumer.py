import queue
import random
import threading
import time

SENTINEL = object()


class Producer(threading.Thread):
    def __init__(self, q, count, name=None):
        super().__init__(name=name, daemon=False)
        self.q = q
        self.count = count

    def run(self):
        for i in range(self.count):
            item = (self.name, i, random.random())
            self.q.put(item)
            time.sleep(random.uniform(0, 0.01))
        self.q.put(SENTINEL)


def consumer(q, producers, results, cond):
    finished = 0
    while finished < producers:
        item = q.get()
        if item is SENTINEL:
            finished += 1
            continue
        name, index, value = item
        with cond:
            results.setdefault(name, []).append(value)
            cond.notify_all()
        q.task_done()


def main():
    q = queue.Queue(maxsize=5)
    results = {}
    cond = threading.Condition()
    producers = [Producer(q, 10, name=f"P{i}") for i in range(3)]
    c = threading.Thread(target=consumer, args=(q, len(producers), results, cond))
    c.start()
    for p in producers:
        p.start()
    with cond:
        cond.wait_for(lambda: sum(map(len, results.values())) == 30, timeout=5)
    for p in producers:
        p.join()
    c.join()
    for name in sorted(results):
        values = results[name]
        print(f"{name}: {len(values)} items, mean {sum(values) / len(values):.3f}")


main()
