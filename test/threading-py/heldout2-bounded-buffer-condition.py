import threading

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items:
                self.cond.wait()
            x = self.items.pop(0)
            self.cond.notify_all()
            return x

buf = BoundedBuffer(2)
consumed = []

def prod():
    for i in range(10):
        buf.put(i)

def cons():
    for _ in range(10):
        consumed.append(buf.get())

ts = [threading.Thread(target=prod), threading.Thread(target=cons)]
for t in ts: t.start()
for t in ts: t.join()
print(consumed)

cv = threading.Condition()
ready = False
def waiter():
    with cv:
        ok = cv.wait_for(lambda: ready, timeout=5)
        print("waiter woke, predicate:", ok)
t = threading.Thread(target=waiter)
t.start()
with cv:
    ready = True
    cv.notify()
t.join()
with cv:
    print("timed out wait returns", cv.wait(0.01))
try:
    cv.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
