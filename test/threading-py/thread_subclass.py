# Subclassing Thread: run(), __init__ with super(), forgetting Thread.__init__, repr of a
# subclass, calling run() directly.
import threading


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(10)
print(c.name)
c.start()
c.join()
print("total", c.total)
print(repr(c).replace(str(c.ident), "IDENT"))


class Named(threading.Thread):
    def __init__(self):
        threading.Thread.__init__(self, name="worker-a", daemon=True)

    def run(self):
        print("running in", threading.current_thread().name, threading.current_thread() is self)


n = Named()
print(repr(n))
n.start()
n.join()


class Forgot(threading.Thread):
    def __init__(self):
        self.x = 1


f = Forgot()
try:
    f.start()
except RuntimeError as e:
    print("start:", e)
try:
    f.join()
except RuntimeError as e:
    print("join:", e)
try:
    f.daemon = True
except RuntimeError as e:
    print("daemon:", e)
for name in ("is_alive", "name", "repr"):
    try:
        if name == "is_alive":
            f.is_alive()
        elif name == "name":
            f.name
        else:
            repr(f)
    except AssertionError as e:
        print(name + ":", e)


class WithTarget(threading.Thread):
    def run(self):
        print("override called; target ignored:", self._target is not None)


w = WithTarget(target=print, args=("not printed",))
w.start()
w.join()

# run() called directly runs in the calling thread
direct = threading.Thread(target=lambda: print("direct run in", threading.current_thread().name))
direct.run()
print("still not started:", direct.is_alive(), direct.ident)


class Result(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.result = None

    def run(self):
        self.result = self._target(*self._args)


r = Result(target=pow, args=(2, 10))
r.start()
r.join()
print("result", r.result, r.name)
