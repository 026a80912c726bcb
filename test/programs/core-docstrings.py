# Docstrings of the builtin functions and classes (help() on them: test/stdlib-py/mod-builtin-help.py).
import inspect

for obj in [len, print, abs, min, max, sorted, isinstance, iter, next, getattr, sum, round,
            divmod, repr, hash, id, chr, ord, any, all, input, open, format, vars, dir]:
    print(obj.__name__, repr(obj.__doc__))

for cls in [int, float, str, bytes, list, tuple, dict, set, frozenset, bool, range, slice,
            object, type, property, classmethod, staticmethod, super, enumerate, zip, map,
            filter, reversed, complex, bytearray, memoryview, Exception, ValueError,
            KeyError, StopIteration, BaseException]:
    print(cls.__name__, repr(cls.__doc__))

for meth in [str.join, str.split, str.strip, list.append, list.sort, dict.get, dict.items,
             int.bit_length, float.is_integer, set.add, tuple.count, bytes.hex]:
    print(meth.__qualname__, repr(meth.__doc__))

print(int.real.__doc__)
print((5).__doc__ == int.__doc__, "x".__doc__ == str.__doc__)
print(None.__doc__, type(None).__doc__)
print(len.__text_signature__, str.join.__text_signature__)
for f in [len, sorted, divmod, str.join, "x".join, [].append, dict.fromkeys, {}.get, str.split]:
    print(inspect.signature(f))


def documented():
    "A function's own docstring."


class Plain:
    pass


class Documented:
    """A class docstring."""


class MyError(ValueError):
    pass


class MyDict(dict):
    pass


print(documented.__doc__, Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented().__doc__)
print(MyError.__doc__, MyDict.__doc__, MyDict().__doc__)
