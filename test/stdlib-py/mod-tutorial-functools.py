# functools as tutorials teach it
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
from functools import singledispatch, cached_property
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
print(repr(partial(int, base=2)), partial(int, base=2)("1010"))
p2 = partial(partial(max, 1), 5)
print(p2.args, p2(3))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())

@lru_cache(maxsize=2)
def slow_square(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    slow_square(v)
print(slow_square.cache_info())
print(slow_square.__wrapped__(9), slow_square.cache_parameters())

@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1
print(factorial(10), factorial.cache_info())

def timer(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        result = func(*args, **kwargs)
        print(f"called {func.__name__}{args}")
        return result
    return wrapper
@timer
def greet(name):
    """Say hello."""
    return f"Hello, {name}"
print(greet("Bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1, 0) >= Version(0, 9), Version(1, 0) > Version(1, 0))

def compare_len(a, b):
    return len(a) - len(b)
print(sorted(["ccc", "a", "bb", "dddd"], key=cmp_to_key(compare_len)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

@singledispatch
def describe(arg):
    return f"something: {arg!r}"
@describe.register
def _(arg: int):
    return f"int {arg}"
@describe.register
def _(arg: list):
    return f"list of {len(arg)}"
@describe.register(float)
def _describe_float(arg):
    return f"float {arg:.2f}"
print(describe(3), describe([1, 2]), describe(2.5), describe("x"), describe(True))
print(sorted(t.__name__ for t in describe.registry))
print(describe.dispatch(bool).__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)

class Dispatcher:
    @functools.singledispatchmethod
    def handle(self, arg):
        return "default"
    @handle.register
    def _(self, arg: str):
        return "str:" + arg
print(Dispatcher().handle("x"), Dispatcher().handle(1))
pm = functools.partialmethod
class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = pm(set_state, True)
cell = Cell(); cell.set_alive(); print(cell.state)
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))
