# Debugging lessons: printing and formatting tracebacks, and controlling warnings.
import sys
import traceback
import warnings


def level3(x):
    return 10 / x


def level2(x):
    return level3(x - 1)


def level1(x):
    return level2(x)


try:
    level1(1)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    print("---")
    print(traceback.format_exc(limit=1), end="")
    print("---")
    etype, value, tb = sys.exc_info()
    print("".join(traceback.format_exception_only(etype, value)), end="")
    print(len(traceback.extract_tb(tb)), [f.name for f in traceback.extract_tb(tb)])
    fs = traceback.extract_tb(tb)[-1]
    print(fs.name, fs.line, fs.lineno, repr(fs).startswith("<FrameSummary file "))
    print("".join(traceback.format_tb(tb, limit=-1)), end="")

try:
    {"a": 1}["b"]
except KeyError as e:
    print(traceback.format_exception(e)[-1], end="")
    print(traceback.format_exception_only(e))

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")

try:
    try:
        [][1]
    except IndexError:
        None.attr
except AttributeError as e:
    traceback.print_exception(e, file=sys.stdout)

class MyError(Exception):
    pass
print(traceback.format_exception_only(MyError("custom text"))[0], end="")
print(traceback.format_exception_only(MyError())[0], end="")
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n")))[:], end="\n")
te = traceback.TracebackException.from_exception(ValueError("v"))
print(list(te.format()), te.exc_type.__name__, str(te))
e = ValueError("note me")
e.add_note("first note")
e.add_note("second note")
print("".join(traceback.format_exception_only(e)), end="")

def show(message, category, filename, lineno, file=None, line=None):
    print("WARN:", category.__name__, message)

warnings.showwarning = show
warnings.warn("plain")
warnings.warn("deprecated api", DeprecationWarning)
warnings.warn("again", UserWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one", RuntimeWarning)
    warnings.warn("one", RuntimeWarning)
    warnings.warn(UserWarning("instance"))
    print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("silent")
    print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as err:
        print("raised:", repr(err))
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("dup")
    print(len(caught))
try:
    warnings.warn("x", category=int)
except TypeError as err:
    print("TypeError:", err)
try:
    warnings.simplefilter("sometimes")
except AssertionError as err:
    print("AssertionError:", err)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "code()"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 1), end="")
