# traceback's formatting functions on caught exceptions: chains, carets, notes, limits.
import sys
import traceback


def f(x):
    return 1 / x + [1][x]


def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise KeyError("k") from e


try:
    g()
except Exception as e:
    traceback.print_exc()
    print(traceback.format_exc())
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.extract_tb(e.__traceback__))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename, fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno, fs.end_lineno)
        print(tuple(fs), len(fs), fs[2])
    print(traceback.format_tb(e.__traceback__))
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)
    print(traceback.format_exception(e, chain=False))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=-1))
    traceback.print_exception(e, file=sys.stdout, limit=0)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(e.__traceback__)])
    print([(fr.f_code.co_name, n) for fr, n in traceback.walk_tb(e.__cause__.__traceback__)])

e = ValueError("n")
e.add_note("a note")
e.add_note("second note")
print(traceback.format_exception(e))
print(traceback.format_exception(None))
print(traceback.format_exc())
print(traceback.format_exception_only(ValueError("plain")))
print(traceback.format_exception_only(KeyError()))

try:
    eval("1 +* 2")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)

try:
    [1][2]
except IndexError:
    try:
        {}["a"]
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        traceback.print_exc(limit=1, file=sys.stdout)
        traceback.print_exc(chain=False, file=sys.stdout)


def recurse(n):
    return recurse(n - 1) if n else 1 // 0


try:
    recurse(30)
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(len(lines))
    print("\n".join(lines[-8:]))


class Custom(Exception):
    def __str__(self):
        return "custom text"


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(Broken()))
try:
    raise Custom from None
except Custom as c:
    print("".join(traceback.format_exception(c)))
try:
    traceback.print_exception(ValueError("x"), None)
except ValueError as err:
    print(err)
try:
    traceback.format_exception(5)
except TypeError as err:
    print(err)
