# Future callbacks: add_done_callback runs in the worker thread once the future completes, or
# at once in the caller when the future is already done; callbacks run in the order they were
# added; an exception in a callback is logged and ignored; cancel() only works on pending futures.
import concurrent.futures
import threading

log = []
log_lock = threading.Lock()


def record(tag):
    def callback(fut):
        with log_lock:
            if fut.cancelled():
                log.append((tag, "cancelled"))
            elif fut.exception() is not None:
                log.append((tag, "error", str(fut.exception())))
            else:
                log.append((tag, "result", fut.result()))
    return callback


def square(x):
    return x * x


def fail(msg):
    raise ValueError(msg)


gate = threading.Event()


def blocker():
    gate.wait()
    return "unblocked"


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(blocker)          # occupies the only worker
    pending = pool.submit(square, 7)      # waits in the queue
    pending2 = pool.submit(fail, "boom")
    pending.add_done_callback(record("p-a"))
    pending.add_done_callback(record("p-b"))
    pending2.add_done_callback(record("p2"))
    print("cancel running/first:", first.running() or first.cancel() is False)
    print("cancel pending2:", pending2.cancel())
    print("pending2 cancelled:", pending2.cancelled(), pending2.done())
    print("log after cancel:", log)
    gate.set()
    print("first:", first.result(timeout=5))
    print("pending:", pending.result(timeout=5))
print("log:", log)

# a callback added to a done future runs at once in this thread
done = concurrent.futures.Future()
done.set_result(99)
where = []
done.add_done_callback(lambda f: where.append((threading.current_thread().name, f.result())))
print("immediate callback:", where)

# an exception raised by a callback does not stop the others
f = concurrent.futures.Future()
calls = []


def bad_callback(fut):
    calls.append("bad")
    raise RuntimeError("callback failed")


f.add_done_callback(bad_callback)
f.add_done_callback(lambda fut: calls.append("good"))
import logging
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
f.set_result(1)
print("calls:", calls)

# a future created by hand: set_running_or_notify_cancel and set_exception
g = concurrent.futures.Future()
print("state:", g.running(), g.done())
print("set_running:", g.set_running_or_notify_cancel())
print("cancel running:", g.cancel())
g.set_exception(KeyError("k"))
print("exception:", repr(g.exception()))
try:
    g.set_result(1)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError:", type(e).__name__)
h = concurrent.futures.Future()
print("cancel pending:", h.cancel(), "again:", h.cancel())
print("set_running after cancel:", h.set_running_or_notify_cancel())
try:
    h.result()
except concurrent.futures.CancelledError as e:
    print("CancelledError raised:", type(e).__name__, isinstance(e, concurrent.futures.CancelledError))
