# contextlib.ExitStack: dynamic numbers of context managers, callbacks, exception chaining.
from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name
    finally:
        log.append(f"close {name}")


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    log.append(f"using {names}")
print(log)

log = []
try:
    with ExitStack() as stack:
        for n in "xy":
            stack.enter_context(resource(n, log))
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, log)

log = []
with ExitStack() as stack:
    stack.enter_context(resource("kept", log))
    moved = stack.pop_all()
print("after with:", log)
moved.close()
print("after close:", log)


def suppressor(exc_type, exc, tb):
    print("suppressor saw", exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(suppressor)
    raise KeyError("gone")
print("suppressed by push")


def failing_callback():
    raise RuntimeError("callback failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        stack.callback(print, "second callback runs first")
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


class NotACM:
    pass


try:
    with ExitStack() as stack:
        stack.enter_context(NotACM())
except TypeError as e:
    print("TypeError:", e)


@ExitStack().callback
def decorated_callback():
    pass


print(decorated_callback.__name__)

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")


def raise_a():
    raise KeyError("a")


def raise_b():
    raise IndexError("b")


with ExitStack() as stack:
    stack.callback(raise_b)
    stack.callback(raise_a)
