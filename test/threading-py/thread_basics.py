# Thread: target/args/kwargs, default names and their numbering, repr, is_alive, ident,
# start/join errors, daemon rules.
import threading


def show(t):
    text = repr(t)
    if t.ident is not None:
        text = text.replace(str(t.ident), "IDENT")
    print(text)


def worker(a, b, c=None):
    print("worker got", a, b, c)


t = threading.Thread(target=worker, args=(1, 2), kwargs={"c": 3})
print(t.name, t.is_alive(), t.ident, t.native_id, t.daemon)
show(t)
t.start()
t.join()
print("alive after join:", t.is_alive())
print("ident is int:", type(t.ident) is int, "native_id is int:", type(t.native_id) is int)
show(t)

# Default names: one counter for every unnamed Thread (and Timer).
print(threading.Thread().name)
print(threading.Thread(target=print).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(name="").name)             # empty name: a generated one
print(threading.Thread(name="given").name)        # a given name uses no number
print(threading.Thread(name=0, target=worker).name)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name)   # no __name__: no "(...)"
print(threading.Timer(1, worker).name)
print(threading.Thread(name=42).name, type(threading.Thread(name=42).name).__name__)

# Errors
seen = []
t = threading.Thread(target=seen.append, args=("ran",))
for label, action in [("join before start", t.join), ("start", t.start),
                      ("start again", t.start), ("join current", threading.current_thread().join)]:
    try:
        action()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)
t.join()
print(seen)
try:
    t.daemon = True
except RuntimeError as e:
    print("daemon after start ->", e)

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group ->", e)

# daemon: explicit, set before start, inherited from the creating thread
d = threading.Thread(target=worker, args=(1, 2), daemon=True)
show(d)
d2 = threading.Thread(target=worker, args=(1, 2))
d2.daemon = True
print("set before start:", d2.daemon)
d2.daemon = 1
print("kept as given:", repr(d2.daemon))

inherited = []


def make_child():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)


parent = threading.Thread(target=make_child, daemon=True)
parent.start()
parent.join()
print("child of daemon is daemon:", inherited)

# name can be changed, converted to str
t.name = 123
print(repr(t.name))
show(t)

# kwargs default is a fresh dict; args may be a list
seen = []
lt = threading.Thread(target=lambda *a: seen.append(a), args=[1, 2, 3])
lt.start()
lt.join()
print(seen)
print(threading.Thread().__class__.__name__, issubclass(threading.Timer, threading.Thread))
