import threading

class Counter(threading.Thread):
    def __init__(self, n, name=None):
        super().__init__(name=name)
        self.n = n
        self.total = None
    def run(self):
        self.total = sum(range(self.n))

workers = [Counter(10 ** k, name=f"counter{k}") for k in range(1, 5)]
for w in workers: w.start()
for w in workers: w.join()
for w in workers:
    print(f"{w.name}: {w.total}")

class Bad(threading.Thread):
    def __init__(self):
        pass
try:
    Bad().start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(t.name for t in threading.enumerate()))
