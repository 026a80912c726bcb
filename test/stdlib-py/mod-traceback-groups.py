# traceback: exception groups, sys.tracebacklimit, print_last without a last exception, SyntaxError
# lines, exceptions of other modules.
import sys, traceback
def fails(n):
    raise ValueError(f"bad {n}")
try:
    errs = []
    for i in range(2):
        try:
            fails(i)
        except ValueError as e:
            errs.append(e)
    raise ExceptionGroup("several", errs)
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    te = traceback.TracebackException.from_exception(eg)
    print(len(te.exceptions), te.exceptions[0].exc_type)
    print("".join(te.format()))
    print(traceback.format_exception_only(eg))
sys.tracebacklimit = 1
def deep(n):
    if n == 0:
        raise KeyError(n)
    deep(n - 1)
try:
    deep(3)
except KeyError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
try:
    traceback.print_last()
except ValueError as e:
    print(e)
try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(te.lineno, te.end_lineno, te.offset, te.end_offset)
class E(Exception):
    __module__ = "mymod"
print(traceback.format_exception_only(E("x")))
import collections
print(traceback.format_exception_only(KeyError, None))
