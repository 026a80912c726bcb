# Exceptions from futures: result() re-raises the worker's exception with its traceback; the
# program prints it with traceback.print_exc to stderr, shows exception chains, and an
# uncaught one ends the program with the traceback of the worker's frames.
import concurrent.futures
import sys
import traceback


def parse_record(text):
    key, value = text.split("=")
    return key, int(value)


def load(lines):
    return dict(parse_record(line) for line in lines)


def checked_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        raise ArithmeticError(f"cannot divide {a} by {b}") from e


with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(load, ["a=1", "b=2"])
    bad_value = pool.submit(load, ["a=1", "b=two"])
    bad_shape = pool.submit(load, ["a=1=2"])
    chained = pool.submit(checked_divide, 1, 0)

print("good:", good.result())
for name, fut in [("bad_value", bad_value), ("bad_shape", bad_shape), ("chained", chained)]:
    exc = fut.exception()
    print(name, "->", type(exc).__name__, exc)
    try:
        fut.result()
    except Exception:
        print("--- traceback for", name, "on stderr")
        traceback.print_exc()
        sys.stderr.flush()

exc = chained.exception()
print("cause:", repr(exc.__cause__), "suppress context:", exc.__suppress_context__)
tb_names = [frame.name for frame in traceback.extract_tb(exc.__traceback__)]
print("frames in the worker's traceback end with:", tb_names[-1:])
print("formatted last line:", traceback.format_exception_only(type(exc), exc)[-1].strip())

# a BaseException subclass that is not an Exception also travels through the future
class Stop(BaseException):
    pass


def stopper():
    raise Stop("stop now")


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(stopper)
try:
    f.result()
except Stop as e:
    print("caught BaseException subclass:", repr(e))

# finally the uncaught case: the main thread's traceback includes the worker's frames
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    last = pool.submit(parse_record, "no equals sign")
print("about to re-raise")
sys.stdout.flush()
last.result()
print("not reached")
