# Generators (send/throw/close/yield from), exception chaining, notes, groups and except*.
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen(); print(next(g)); print(g.send(10)); print(g.throw(ValueError("boom"))); 
try: next(g)
except StopIteration as e: print("stop", e.value)
g = gen(); next(g); g.close(); print("closed")
try: g.send(1)
except StopIteration: print("stop after close")
g = gen()
try: g.send(5)
except TypeError as e: print(e)
def ret():
    yield 1
    return "done"
g = ret(); next(g)
try: next(g)
except StopIteration as e: print(repr(e), e.value, e.args)
def deleg():
    r = yield from ret()
    print("delegated result", r)
    yield from [7, 8]
print(list(deleg()))
def bad():
    yield 1
    raise StopIteration
try: list(bad())
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__)
def closer():
    try: yield 1
    except GeneratorExit: print("GeneratorExit"); yield 2
g = closer(); next(g)
try: g.close()
except RuntimeError as e: print(e)
g = (i * i for i in range(3)); print(g.__name__, g.__qualname__, list(g), list(g))
def fib():
    a, b = 0, 1
    while True: yield a; a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
g = gen(); print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name); next(g); print(g.gi_frame.f_lineno)
g.close(); print(g.gi_frame)
def running():
    yield g2.gi_running
g2 = running(); print(next(g2))
def recurse():
    yield next(g3)
g3 = recurse()
try: next(g3)
except ValueError as e: print(e)
# exceptions
try:
    try: 1/0
    except ZeroDivisionError as e: raise ValueError("wrapped") from e
except ValueError as e: print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try: {}["x"]
    except KeyError: raise TypeError("ctx")
except TypeError as e: print(repr(e.__context__), e.__cause__)
e = ValueError("a", 1); e.add_note("note 1"); e.add_note("note 2"); print(e.__notes__, e.args, str(e), repr(e))
try: e.add_note(5)
except TypeError as x: print(x)
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.exceptions)
m, r = eg.split(ValueError); print(m, r, m.exceptions, r.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise eg
except* ValueError as g1: print("values", g1.exceptions)
except* TypeError as g2: print("types", g2.exceptions)
try:
    try: raise ExceptionGroup("x", [KeyError("k"), OSError("o")])
    except* KeyError: print("handled key")
except ExceptionGroup as rest: print("rest", repr(rest))
try: ExceptionGroup("x", [])
except ValueError as x: print(x)
try: ExceptionGroup("x", [1])
except ValueError as x: print(x)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try: raise KeyError("a", "b")
except KeyError as e: print(str(e), repr(e))
print(str(KeyError("x")), str(KeyError()), str(KeyError(1)), repr(OSError(2, "No such")), str(OSError(2, "No such", "f.txt")))
try: raise ValueError
except ValueError as e: print(repr(e), e.args)
class MyErr(Exception):
    def __init__(self, code): super().__init__(f"code {code}"); self.code = code
try: raise MyErr(42)
except MyErr as e: print(e, e.code, repr(e))
def f():
    try: return "try"
    finally: print("finally runs")
print(f())
def g5():
    for i in range(3):
        try:
            if i == 1: continue
            print("body", i)
        finally:
            print("fin", i)
g5()
try:
    raise TypeError("x")
except (ValueError, TypeError) as e:
    print("tuple catch", e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), IOError is OSError)
import errno
try: open("/nonexistent/x")
except FileNotFoundError as e: print(e.errno == errno.ENOENT, e.strerror, e.filename, e)
e = StopIteration(5); print(e.value)
print(repr(SystemExit(3).code), KeyboardInterrupt.__mro__[1].__name__)
