import threading
import time

class Worker(threading.Thread):
    def run(self):
        self.process([1, 2, None])
    def process(self, items):
        total = 0
        for x in items:
            total += x
        return total

w = Worker(name="Summer")
w.start()
w.join()
def bad_target(a, b):
    return a + b
t = threading.Thread(target=bad_target, args=(1,))
t.start(); t.join()
print("all joined")
