# How threads are named and listed: "Thread-N (func)" for targets, "Thread-N" for subclasses
# without a target, explicit names kept as given; enumerate() and active_count() follow starts
# and joins; idents are distinct; repr shows the state.
import threading

gate = threading.Event()


def download():
    gate.wait()


def compute_total():
    gate.wait()


class Crawler(threading.Thread):
    def run(self):
        gate.wait()


before = threading.active_count()
print("before:", before, [t.name for t in threading.enumerate()])
a = threading.Thread(target=download)
b = threading.Thread(target=compute_total)
c = Crawler()
d = threading.Thread(target=download, name="custom-name")
e = threading.Thread(target=lambda: gate.wait())
f = threading.Thread()
print("names:", a.name, "|", b.name, "|", c.name, "|", d.name, "|", e.name, "|", f.name)
print("repr initial:", repr(a).replace(hex(id(a)), "ID") if False else repr(a).split(" ")[0], "initial)>" in repr(a))
print("ident before start:", a.ident, "native_id:", a.native_id)
for t in (a, b, c, d, e):
    t.start()
print("active:", threading.active_count() - before)
names = sorted(t.name for t in threading.enumerate())
print("enumerate:", names)
idents = {t.ident for t in (a, b, c, d, e)}
print("distinct idents:", len(idents), "all ints:", all(isinstance(i, int) for i in idents))
print("repr started:", "started" in repr(a), "daemon" in repr(a))
a.name = "renamed"
print("renamed:", a.name, a.getName())
gate.set()
for t in (a, b, c, d, e):
    t.join()
print("active after join:", threading.active_count() - before)
print("repr stopped:", "stopped" in repr(a))
print("main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())

# the counter keeps counting: new threads get the next numbers
g = threading.Thread(target=download)
h = threading.Thread(target=download, name=None)
print("next names:", g.name, h.name)

# current_thread inside a thread, and get_ident / get_native_id
inside = []


def who_am_i():
    me = threading.current_thread()
    inside.append((me.name, me.ident == threading.get_ident(), me is not threading.main_thread()))


w = threading.Thread(target=who_am_i, name="introspect")
w.start()
w.join()
print("inside:", inside)
try:
    w.start()
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    threading.Thread().join()
except RuntimeError as err:
    print("RuntimeError:", err)
try:
    threading.current_thread().join()
except RuntimeError as err:
    print("RuntimeError:", err)
print("is_alive of unstarted:", threading.Thread().is_alive())
