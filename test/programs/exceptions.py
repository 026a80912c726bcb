def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return {}["missing"]
    if n == 2:
        return [][3]
    if n == 3:
        return undefined_thing
    if n == 4:
        return 1 + "a"
    if n == 5:
        return int("x")
    return "fine"
for i in range(7):
    try:
        print(risky(i))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e, repr(e))
    except Exception as e:
        print("other", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", i)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, repr(e.__context__))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for x in gen():
    print(x)
    break
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
g()
try:
    assert 1 > 2, "math broke"
except AssertionError as e:
    print("assert:", e)
e = None
try:
    raise KeyError("x")
except KeyError as exc:
    e = exc
print(repr(e), isinstance(e, LookupError), KeyError.__mro__[1].__name__)
try:
    raise
except RuntimeError as err:
    print(err)
import sys
try:
    raise ValueError("info")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())
try:
    int("12a")
except ValueError as err:
    print(err)
try:
    [].pop()
except IndexError as err:
    print(err)
try:
    None.attr
except AttributeError as err:
    print(err)
