# ThreadPoolExecutor.submit and Future results, exceptions, states; worker names.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


def whoami():
    return threading.current_thread().name


with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(repr(f).split(" at ")[0], repr(f).split(" state=")[1])
    g = ex.submit(fail, "nope")
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print("result() raised", repr(e))
    print(repr(g).split(" state=")[1])
    print(ex.submit(whoami).result())
    k = ex.submit(lambda a, b=0: a + b, 1, b=2)
    print("kwargs", k.result())
    print(ex.submit(pow, 2, 100).result())
    f_none = ex.submit(lambda: None)
    print(f_none.result(), repr(f_none).split(" state=")[1])

with cf.ThreadPoolExecutor(thread_name_prefix="crunch") as ex:
    print(ex.submit(whoami).result())
with cf.ThreadPoolExecutor() as ex:
    print(ex.submit(whoami).result())
with cf.ThreadPoolExecutor(thread_name_prefix="") as ex:
    print(ex.submit(whoami).result())
print(threading.Thread().name)     # pools don't use Thread-N numbers

# the worker keeps running after a failing call
with cf.ThreadPoolExecutor(1) as ex:
    fs = [ex.submit(fail, "first"), ex.submit(square, 3)]
    print([type(f.exception()).__name__ for f in fs], fs[1].result())

# BaseException subclasses from the call are stored too
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(4)))
    print(type(f.exception()).__name__, f.exception().code)
    f = ex.submit(lambda: (_ for _ in ()).throw(KeyboardInterrupt()))
    print(type(f.exception()).__name__)

# results wait for a running call
gate = threading.Event()
with cf.ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    try:
        f.result(timeout=0.05)
    except cf.TimeoutError as e:
        print("result timeout:", type(e).__name__, repr(str(e)), cf.TimeoutError is TimeoutError)
    try:
        f.exception(timeout=0)
    except TimeoutError:
        print("exception timeout")
    print("running:", f.running(), f.done(), f.cancel())
    gate.set()
    print(f.result(), f.done(), f.running())

for label, call in [("max_workers=0", lambda: cf.ThreadPoolExecutor(0)),
                    ("max_workers=-1", lambda: cf.ThreadPoolExecutor(max_workers=-1)),
                    ("bad initializer", lambda: cf.ThreadPoolExecutor(initializer=5))]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
with cf.ThreadPoolExecutor() as ex:
    print(ex.submit(whoami).result())
