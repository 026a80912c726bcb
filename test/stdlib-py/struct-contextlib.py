# contextlib: contextmanager, suppress, closing, redirect_stdout/stderr, nullcontext,
# ContextDecorator, chdir.
import contextlib
import io
import os
import sys
from contextlib import contextmanager, suppress, closing, redirect_stdout, redirect_stderr, nullcontext, ContextDecorator


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as value:
    print("inside", value)

try:
    with tag("div"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)


with swallow():
    1 / 0
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def transform():
    try:
        yield
    except KeyError:
        raise LookupError("converted")


try:
    with transform():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

with suppress(FileNotFoundError, KeyError):
    os.remove("/nonexistent/file/for/test")
print("suppressed")
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)

buffer = io.StringIO()
with redirect_stdout(buffer) as target:
    print("captured line")
    print(target is buffer)
print("buffer:", repr(buffer.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr buffer:", repr(err.getvalue()))

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)


class timed(ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("end", exc[0].__name__ if exc[0] else None)
        return False


@timed()
def work(x):
    print("working", x)
    return x * 2


print(work(21), work.__name__)


@tag("section")
def decorated():
    print("body")


decorated()
decorated()

start = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == start)


class Manual:
    def __enter__(self):
        return "entered"

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Manual() as m:
    print(m)
with Manual():
    raise KeyError("hidden")
print(isinstance(Manual(), contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
print(tag.__name__, tag.__wrapped__.__name__)
with tag("last"):
    raise ValueError("uncaught")
