# Methods of the builtin types that dir() lists: reflected set/dict operators, __wrapped__, __getformat__, __setstate__, __builtins__.
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 1]:
    try: float.__getformat__(a)
    except Exception as e: print(type(e).__name__, e)
e = ValueError(1); e.__setstate__({'a': 5}); print(e.a, e.__dict__)
e.__setstate__(None)
try: e.__setstate__(5)
except Exception as x: print(type(x).__name__, x)
def f(): pass
print(f.__builtins__["len"] is len, type(f.__builtins__))
print(staticmethod(f).__wrapped__ is f, classmethod(f).__wrapped__ is f)
print(set.__ror__({1}, {2}), frozenset.__rsub__(frozenset({1}), {1, 2}), type(frozenset.__rsub__(frozenset({1}), {1, 2})).__name__, set.__rand__({1}, [1]), set.__rxor__({1, 2}, {2, 3}))
print(dict.__ror__({"a": 1}, {"a": 0, "b": 2}), dict.__ror__({}, [1]))
class D(dict): pass
print(type(dict.__ror__(D(a=1), D(b=2))).__name__, {"x": 1} | D(y=2), type({"x": 1} | D(y=2)).__name__)
import copy
e2 = copy.copy(ValueError("m")); print(repr(e2))
print(enumerate[int], type(enumerate[str]).__name__, enumerate[int].__origin__, "__class_getitem__" in dir(enumerate))
