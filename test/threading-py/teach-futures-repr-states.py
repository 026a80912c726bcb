# The life of a Future seen through its state queries and repr: pending, running, finished
# with a result or an exception, cancelled. Addresses vary, so only the part after "at 0x..."
# is printed.
import concurrent.futures
import re
import threading


def show(label, fut):
    text = re.sub(r" at 0x[0-9a-f]+", "", repr(fut))
    print(f"{label:10} {text}  running={fut.running()} done={fut.done()} cancelled={fut.cancelled()}")


gate = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    gate.wait(10)
    return [1, 2, 3]


def explode():
    raise KeyError("nope")


pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
a = pool.submit(blocked)
b = pool.submit(len, "abc")
c = pool.submit(explode)
d = pool.submit(len, "xyz")
started.wait()
show("a", a)
show("b", b)
print("cancel d:", d.cancel())
show("d", d)
gate.set()
pool.shutdown(wait=True)
show("a", a)
show("b", b)
show("c", c)
show("d", d)

f = concurrent.futures.Future()
show("new", f)
f.set_running_or_notify_cancel()
show("running", f)
f.set_result(None)
show("none", f)
g = concurrent.futures.Future()
g.set_exception(ZeroDivisionError())
show("zero", g)
print("exception with timeout=0:", repr(g.exception(timeout=0)))
h = concurrent.futures.Future()
try:
    h.result(timeout=0)
except concurrent.futures.TimeoutError:
    print("pending result(timeout=0): TimeoutError")
try:
    h.exception(timeout=0.01)
except TimeoutError:
    print("pending exception(timeout=0.01): TimeoutError")
h.cancel()
try:
    h.exception()
except concurrent.futures.CancelledError:
    print("exception() of cancelled: CancelledError")
print("module constants:", concurrent.futures.FIRST_COMPLETED, concurrent.futures.FIRST_EXCEPTION,
      concurrent.futures.ALL_COMPLETED)
print("errors:", concurrent.futures.TimeoutError is TimeoutError,
      issubclass(concurrent.futures.CancelledError, Exception),
      issubclass(concurrent.futures.InvalidStateError, Exception),
      issubclass(concurrent.futures.BrokenExecutor, RuntimeError))
