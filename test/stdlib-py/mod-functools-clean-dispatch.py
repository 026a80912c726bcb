# functools: singledispatch registration forms and their errors, unions, ABCs registered
# late (the cached choice is dropped), dispatch()/registry/_clear_cache, singledispatchmethod
# with classmethods and abstract methods, and cached_property's errors, attributes and
# lock (a second thread waits for the first computation instead of repeating it).
import abc
import collections.abc
import functools
import threading
import time
import types
import typing


@functools.singledispatch
def describe(x):
    return 'object'


@describe.register
def _(x: int):
    return 'int'


@describe.register(list)
def _(x):
    return 'list'


describe.register(float | complex, lambda x: 'number')
describe.register(typing.Union[bytes, bytearray], lambda x: 'binary')


@describe.register
def _(x: 'dict'):
    return 'dict (string annotation)'


for value in (1, True, 'text', [1], 2.5, 1j, b'x', bytearray(), {}, None):
    print(repr(value), describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
try:
    describe.registry[str] = None
except TypeError as e:
    print('TypeError', e)
print(describe.__name__, describe.__wrapped__.__name__, describe.register(set)(len) is len)
print(describe({1, 2}))

for args in ((1, lambda x: x), (lambda x: x,), ('str',)):
    try:
        describe.register(*args)
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])


def unannotated(x):
    return x


def bad_union(x: typing.Union[int, typing.List[int]]):
    return x


def bad_class(x: 3):
    return x


def only_return(x) -> int:
    return x


for f in (unannotated, bad_union, bad_class, only_return):
    try:
        print(describe.register(f) is f, describe.dispatch(int) is f)
    except TypeError as e:
        print('TypeError', str(e).split(' at 0x')[0])
try:
    describe()
except TypeError as e:
    print('TypeError', e)


class Shape(abc.ABC):
    pass


class Square:
    pass


@functools.singledispatch
def area(x):
    return 'unknown'


@area.register
def _(x: Shape):
    return 'shape'


@area.register
def _(x: collections.abc.Sized):
    return 'sized'


print(area(Square()), area([1]))
Shape.register(Square)
print(area(Square()), area('ab'))
area._clear_cache()
print(area(Square()))


class Money:
    def __init__(self, cents):
        self.cents = cents

    @functools.singledispatchmethod
    def add(self, other):
        raise TypeError('cannot add ' + type(other).__name__)

    @add.register
    def _(self, other: int):
        return Money(self.cents + other)

    @add.register(float)
    def _(self, other):
        return Money(self.cents + round(other * 100))

    @functools.singledispatchmethod
    @classmethod
    def parse(cls, value):
        return cls(0)

    @parse.register
    @classmethod
    def _(cls, value: str):
        return cls(int(value.replace('.', '')))


m = Money(100)
print(m.add(5).cents, m.add(0.25).cents, Money.parse('1.50').cents, Money.parse(None).cents)
try:
    m.add('x')
except TypeError as e:
    print('TypeError', e)
print(Money.add.__name__, Money.__dict__['add'].__isabstractmethod__, hasattr(m.add, 'register'))
try:
    functools.singledispatchmethod(3)
except TypeError as e:
    print('TypeError', e)


class Base(abc.ABC):
    @functools.singledispatchmethod
    @abc.abstractmethod
    def handle(self, arg):
        pass


print(Base.__abstractmethods__, Base.__dict__['handle'].__isabstractmethod__)


class Report:
    calls = 0

    @functools.cached_property
    def total(self):
        """Sum of the numbers."""
        Report.calls += 1
        time.sleep(0.05)
        return 42


prop = Report.__dict__['total']
print(type(prop).__name__, prop.attrname, prop.__doc__, sorted(vars(prop)), Report.total is prop)
r = Report()
results = []
workers = [threading.Thread(target=lambda: results.append(r.total)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(results, Report.calls, r.__dict__)
del r.total
print(r.total, Report.calls)
r.total = 7
print(r.total)


class Slotted:
    __slots__ = ('a',)
    value = functools.cached_property(lambda self: 1)


class FrozenDict:
    value = functools.cached_property(lambda self: 1)

    @property
    def __dict__(self):
        return types.MappingProxyType({})


shared = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
loose = functools.cached_property(lambda self: 1)
for make, prop_name in ((Slotted, 'value'), (FrozenDict, 'value')):
    try:
        getattr(make(), prop_name)
    except TypeError as e:
        print('TypeError', e)
try:
    loose.__get__(Report())
except TypeError as e:
    print('TypeError', e)
print(functools.cached_property[int])
