import threading

mydata = threading.local()
mydata.x = "main"

def show(tag):
    print(tag, getattr(mydata, "x", "<unset>"))

results = {}
def worker(n):
    results[n] = hasattr(mydata, "x")
    mydata.x = n
    results[str(n)] = mydata.x

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start(); t.join()
print(results)
show("main sees")

class MyLocal(threading.local):
    initialized = False
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.initialized = True
    def squared(self):
        return self.number ** 2

ml = MyLocal(number=2)
print(ml.squared(), ml.initialized)
out = []
def f():
    out.append((ml.number, ml.initialized))
    ml.number = 11
    out.append(ml.squared())
t = threading.Thread(target=f); t.start(); t.join()
print(out, ml.number)
try:
    del mydata.y
except AttributeError as e:
    print("AttributeError:", e)
