# threading.local: per-thread attributes, errors, subclasses with __init__ re-run per thread,
# methods, properties, class attributes, __dict__.
import threading

data = threading.local()
data.x = "main"
print(data.x, data.__dict__)
seen = {}


def worker(name):
    try:
        data.x
    except AttributeError as e:
        seen[name + " before"] = str(e)
    data.x = name
    data.y = name * 2
    seen[name] = (data.x, data.y, sorted(data.__dict__))
    del data.y
    seen[name + " after del"] = hasattr(data, "y")


threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
    t.join()
for k in sorted(seen):
    print(k, "->", seen[k])
print("main still sees", data.x, data.__dict__)

for label, call in [("missing", lambda: data.nothing),
                    ("del missing", lambda: delattr(data, "nothing")),
                    ("set __dict__", lambda: setattr(data, "__dict__", {})),
                    ("del __dict__", lambda: delattr(data, "__dict__")),
                    ("args", lambda: threading.local(1)),
                    ("kwargs", lambda: threading.local(a=1))]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(type(data).__name__ in ("local", "_local"), isinstance(data, threading.local))
print(getattr(data, "nothing", "default"), hasattr(data, "x"))


class Settings(threading.local):
    created = 0                 # a class attribute: shared
    color = "red"

    def __init__(self, size, unit="px"):
        Settings.created += 1
        self.size = size
        self.unit = unit
        self.items = []

    def describe(self):
        return "%d%s %s %s" % (self.size, self.unit, self.color, self.items)

    @property
    def double(self):
        return self.size * 2

    @double.setter
    def double(self, value):
        self.size = value // 2


s = Settings(10, unit="em")
s.items.append("main")
s.color = "blue"                # instance attribute of this thread only
print(s.describe(), s.double, Settings.created)
out = []


def use_settings():
    out.append(s.describe())    # __init__ ran again for this thread, with the same arguments
    s.items.append("thread")
    s.double = 50
    out.append((s.describe(), s.double, s.size, Settings.created, sorted(s.__dict__)))


t = threading.Thread(target=use_settings)
t.start()
t.join()
print(out)
print(s.describe(), s.double, Settings.created)

try:
    Settings()
except TypeError as e:
    print("missing arg ->", e)

try:
    s.missing
except AttributeError as e:
    print("subclass missing ->", e)


class NoInit(threading.local):
    greeting = "hello"

    def hi(self):
        return self.greeting + " from " + threading.current_thread().name


n = NoInit()
try:
    NoInit(1)
except TypeError as e:
    print("subclass without __init__ ->", e)
results = []
t = threading.Thread(target=lambda: results.append((n.hi(), hasattr(n, "x"))), name="T")
n.x = 1
t.start()
t.join()
print(results, n.hi(), n.x)


# __init__ that fails in a new thread: the error surfaces at the first access there
class Picky(threading.local):
    def __init__(self):
        if threading.current_thread().name != "MainThread":
            raise ValueError("only main")
        self.ok = True


p = Picky()
errors = []


def touch():
    for _ in range(2):
        try:
            p.ok
        except ValueError as e:
            errors.append(str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(p.ok, errors)

# many threads, each its own value
counter = threading.local()
totals = []
lock = threading.Lock()


def count(n):
    counter.value = 0
    for i in range(n):
        counter.value += 1
        if i % 10 == 0:
            threading.Event().wait(0.001)
    with lock:
        totals.append(counter.value)


threads = [threading.Thread(target=count, args=(n,)) for n in (30, 40, 50)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals))
