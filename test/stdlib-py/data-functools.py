# functools: reduce, partial, lru_cache/cache statistics, wraps, total_ordering, cmp_to_key,
# singledispatch, cached_property, partialmethod.
import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key, singledispatch, singledispatchmethod,
                       cached_property, partialmethod)
import operator


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


# reduce
print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(operator.mul, range(1, 6), 10),
      reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]), reduce(len, [], 7))
attempt('reduce empty', lambda: reduce(operator.add, []))
attempt('reduce not iterable', lambda: reduce(operator.add, 5))
attempt('reduce 1 arg', lambda: reduce(len))
attempt('reduce 4 args', lambda: reduce(1, 2, 3, 4))


# partial
def power(base, exponent=2, *rest, **options):
    return base ** exponent, rest, options


square = partial(power, exponent=2)
cube_of_two = partial(power, 2, 3)
print(square(5), cube_of_two(), cube_of_two('x', k=1), square(3, exponent=3))
print(repr(square).startswith('functools.partial(<function power at '), repr(cube_of_two)[-6:])
print(square.func is power, square.args, square.keywords, cube_of_two.args)
nested = partial(partial(power, 2), 5)
print(nested.args, nested.func is power, nested())
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, repr(basetwo))
attempt('partial()', lambda: partial())
attempt('partial(1)', lambda: partial(1))
print(repr(partial(print, func=1)), list(map(partial(operator.mul, 3), [1, 2, 3])))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell._alive, repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod('))


# lru_cache and cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print([fib(n) for n in range(16)], fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@lru_cache(maxsize=3)
def square_of(x):
    print('  computing', x)
    return x * x


for value in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square_of(value)
print(square_of.cache_info())


@lru_cache
def plain(x):
    return x


print(plain(1), plain(1.0), plain(True), plain.cache_info())
plain('a')
plain(x='a')
plain('a')
print(plain.cache_info(), plain.cache_parameters())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(1), typed.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info())


@lru_cache(maxsize=0)
def uncached(x):
    return x


uncached(1)
uncached(1)
print(uncached.cache_info(), lru_cache(maxsize=-5)(len).cache_info())
attempt('lru_cache bad', lambda: lru_cache('x'))
print(callable(fib), hasattr(fib, '__wrapped__'))


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache(maxsize=None)
    def area(self):
        return 3 * self.r ** 2


c1, c2 = Circle(1), Circle(2)
print(c1.area(), c2.area(), c1.area(), Circle.area.cache_info())


# wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """Wrapper doc."""
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__annotations__,
      add.__wrapped__.__name__, add.__module__)


def plain_wrapper():
    pass


plain_wrapper.extra = 1


def target():
    "Target doc."


target.extra = 2
update_wrapper(plain_wrapper, target)
print(plain_wrapper.__name__, plain_wrapper.__doc__, plain_wrapper.extra)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


# total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'Version(%d, %d)' % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), a == Version(1, 2))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(a, b))
attempt('compare with int', lambda: a > 5)
print(Version.__gt__.__name__, Version.__ge__.__name__)


@total_ordering
class Grade:
    def __init__(self, score):
        self.score = score

    def __eq__(self, other):
        return self.score == other.score

    def __ge__(self, other):
        return self.score >= other.score


print(Grade(3) < Grade(4), Grade(3) > Grade(4), Grade(4) <= Grade(4))
attempt('no ordering', lambda: total_ordering(type('Nothing', (), {})))


# cmp_to_key
def compare_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(compare_length_then_text)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
K = cmp_to_key(lambda x, y: x - y)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), min([5, 2, 8], key=K))
attempt('K vs int', lambda: K(1) < 2)
try:
    hash(K(1))
except TypeError:
    print('hash K TypeError')   # CPython names the C type functools.KeyWrapper


# singledispatch
@singledispatch
def describe(arg):
    return 'something: %r' % (arg,)


@describe.register
def _(arg: int):
    return 'an int: %d' % arg


@describe.register(list)
def _(arg):
    return 'a list of %d' % len(arg)


@describe.register
def _(arg: float | complex):
    return 'a number: %r' % arg


def describe_bool(arg):
    return 'a bool: %r' % arg


describe.register(bool, describe_bool)
print(describe(1), describe(True), describe([1, 2]), describe(2.5), describe(1j), describe('s'),
      describe(None))
print(describe.dispatch(int).__name__, describe.dispatch(bool) is describe_bool,
      describe.dispatch(dict) is describe.registry[object], sorted(t.__name__ for t in describe.registry))
import collections.abc


@describe.register
def _(arg: collections.abc.Mapping):
    return 'a mapping of %d' % len(arg)


class MyList(list):
    pass


print(describe({'a': 1}), describe(MyList([1])), describe(()))
attempt('no args', lambda: describe())
attempt('bad register', lambda: describe.register(5, len))
attempt('unannotated', lambda: describe.register(lambda x: x))


class Formatter:
    @singledispatchmethod
    def format(self, arg):
        return 'object'

    @format.register
    def _(self, arg: int):
        return 'int %d' % arg

    @format.register
    def _(self, arg: str):
        return 'str ' + arg


f = Formatter()
print(f.format(1), f.format('x'), f.format(2.0))


# cached_property
class Dataset:
    def __init__(self, numbers):
        self.numbers = numbers
        self.computations = 0

    @cached_property
    def total(self):
        """The sum."""
        self.computations += 1
        return sum(self.numbers)


ds = Dataset([1, 2, 3])
print(ds.total, ds.total, ds.computations, 'total' in vars(ds), Dataset.total.__doc__)
del ds.total
print(ds.total, ds.computations)
ds.total = 100
print(ds.total, type(Dataset.total).__name__, Dataset.total.attrname)


class Slotted:
    __slots__ = ('a',)
    value = cached_property(lambda self: 1)


attempt('slots', lambda: Slotted().value)
twice = cached_property(lambda self: 1)
try:
    class Twice:
        a = twice
        b = twice
except (TypeError, RuntimeError) as exc:
    print(type(exc).__name__, exc.__cause__ if exc.__cause__ else exc)
