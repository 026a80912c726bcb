"""Operator interface.

Each of Python's operators as a plain function, for places that want a callable:
operator.add(x, y) is x + y, operator.itemgetter(1) fetches item 1. Most functions are
also reachable under their special-method name (operator.__add__ is operator.add).
"""

from builtins import abs as _builtin_abs

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# The getters are the usual sort keys, so they are native (src/stdlib/operator-getters.ts)
# and run without a Python frame per call.
from _pygil_operator import attrgetter, itemgetter


# --- Rich comparisons ---

def lt(a, b, /):
    "Same as a < b."
    return a < b

def le(a, b, /):
    "Same as a <= b."
    return a <= b

def eq(a, b, /):
    "Same as a == b."
    return a == b

def ne(a, b, /):
    "Same as a != b."
    return a != b

def gt(a, b, /):
    "Same as a > b."
    return a > b

def ge(a, b, /):
    "Same as a >= b."
    return a >= b


# --- Truth and identity ---

def not_(a, /):
    "Same as not a."
    return not a

def truth(a, /):
    "Return True if a is true, False otherwise."
    return bool(a)

def is_(a, b, /):
    "Same as a is b."
    return a is b

def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


# --- Unary arithmetic ---

def abs(a, /):
    "Same as abs(a)."
    return _builtin_abs(a)

def neg(a, /):
    "Same as -a."
    return -a

def pos(a, /):
    "Same as +a."
    return +a

def inv(a, /):
    "Same as ~a."
    return ~a

def invert(a, /):
    "Same as ~a."
    return ~a

def index(a, /):
    "Same as a.__index__()"
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    value = hook(a)
    if not isinstance(value, int):
        raise TypeError(f"__index__ returned non-int (type {type(value).__name__})")
    if type(value) is not int:
        # An int subclass is still accepted, with a warning, and handed back as a plain int.
        import warnings
        warnings.warn(f"__index__ returned non-int (type {type(value).__name__}).  The ability "
                      "to return an instance of a strict subclass of int is deprecated, and may "
                      "be removed in a future version of Python.", DeprecationWarning, stacklevel=2)
        value = int(value)
    return value


# --- Binary operators, each followed by its augmented (in-place) form ---

def add(a, b, /):
    "Same as a + b."
    return a + b

def iadd(a, b, /):
    "Same as a += b."
    a += b
    return a

def sub(a, b, /):
    "Same as a - b."
    return a - b

def isub(a, b, /):
    "Same as a -= b."
    a -= b
    return a

def mul(a, b, /):
    "Same as a * b."
    return a * b

def imul(a, b, /):
    "Same as a *= b."
    a *= b
    return a

def matmul(a, b, /):
    "Same as a @ b."
    return a @ b

def imatmul(a, b, /):
    "Same as a @= b."
    a @= b
    return a

def truediv(a, b, /):
    "Same as a / b."
    return a / b

def itruediv(a, b, /):
    "Same as a /= b."
    a /= b
    return a

def floordiv(a, b, /):
    "Same as a // b."
    return a // b

def ifloordiv(a, b, /):
    "Same as a //= b."
    a //= b
    return a

def mod(a, b, /):
    "Same as a % b."
    return a % b

def imod(a, b, /):
    "Same as a %= b."
    a %= b
    return a

def pow(a, b, /):
    "Same as a ** b."
    return a ** b

def ipow(a, b, /):
    "Same as a **= b."
    a **= b
    return a

def lshift(a, b, /):
    "Same as a << b."
    return a << b

def ilshift(a, b, /):
    "Same as a <<= b."
    a <<= b
    return a

def rshift(a, b, /):
    "Same as a >> b."
    return a >> b

def irshift(a, b, /):
    "Same as a >>= b."
    a >>= b
    return a

def and_(a, b, /):
    "Same as a & b."
    return a & b

def iand(a, b, /):
    "Same as a &= b."
    a &= b
    return a

def or_(a, b, /):
    "Same as a | b."
    return a | b

def ior(a, b, /):
    "Same as a |= b."
    a |= b
    return a

def xor(a, b, /):
    "Same as a ^ b."
    return a ^ b

def ixor(a, b, /):
    "Same as a ^= b."
    a ^= b
    return a


# --- Sequences and containers ---

def _require_sequence(a):
    # concat refuses operands that are not sequences even when they define +.
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")

def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    _require_sequence(a)
    return a + b

def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    _require_sequence(a)
    a += b
    return a

def contains(a, b, /):
    "Same as b in a (note reversed operands)."
    return b in a

def getitem(a, b, /):
    "Same as a[b]."
    return a[b]

def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c

def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]

def _items_of(a):
    cls = type(a)
    if hasattr(cls, '__iter__') or hasattr(cls, '__getitem__'):
        return iter(a)
    raise TypeError(f"argument of type '{cls.__name__}' is not iterable")

def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    return sum(1 for item in _items_of(a) if item is b or item == b)

def indexOf(a, b, /):
    "Return the first index of b in a."
    for position, item in enumerate(_items_of(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')

def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj.

    This is useful for presizing containers when building from an iterable.

    If the object supports len(), the result will be exact. Otherwise, it may
    over- or under-estimate by an arbitrary amount. The result will be an
    integer >= 0."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    cls = type(obj)
    if hasattr(cls, '__len__'):
        return len(obj)
    estimator = getattr(cls, '__length_hint__', None)
    if estimator is None:
        return default
    estimate = estimator(obj)
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(estimate).__name__}')
    if estimate < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return estimate


# --- Calls ---

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


class methodcaller:
    """methodcaller(name, ...) --> methodcaller object

    Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    After g = methodcaller('name', 'date', foo=1), the call g(r) returns
    r.name('date', foo=1)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init_subclass__(cls, **kwargs):
        # Like the C type it stands for, methodcaller cannot be derived from.
        raise TypeError("type 'operator.methodcaller' is not an acceptable base type")

    def __init__(*args, **kwargs):
        # self travels in args so that 'self' and 'name' stay free as keyword arguments.
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name, *call_args = args
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = tuple(call_args)
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        pieces = [repr(self._name)] + [repr(arg) for arg in self._args]
        pieces += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        return f"operator.methodcaller({', '.join(pieces)})"

    def __reduce__(self):
        if self._kwargs:
            # Keyword arguments travel in a partial; the positional ones stay separate.
            from functools import partial
            return partial(methodcaller, self._name, **self._kwargs), self._args
        return methodcaller, (self._name, *self._args)


# Every operation, except the predicates and helpers that name no special method, is also
# published under its dunder name: __add__ for add, __and__ for and_, and so on.
for _name in __all__:
    if _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                     'is_', 'is_not', 'length_hint', 'truth'):
        globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
