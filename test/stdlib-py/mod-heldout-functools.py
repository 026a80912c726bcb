# functools in a course: caching, partials, reduce, total_ordering, singledispatch.
import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, singledispatch, cached_property, cache

@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
square(2); square(3); square(2); square(4); square(3)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

@lru_cache()
def f(x):
    return x
print(f(1), f.cache_info())
try:
    f([1])
except TypeError as e:
    print("TypeError:", e)
print(f.__wrapped__(7), f.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache(maxsize=None)
def noop():
    return 1
print(noop(), noop.cache_info())

def power(base, exp):
    return base ** exp
cube = partial(power, exp=3)
print(cube(2), cube.func is power, cube.args, cube.keywords)
print(repr(partial(power, 2)).startswith("functools.partial(<function power"))
p2 = partial(partial(power, 2), exp=5)
print(p2(), p2.args, p2.keywords)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
@logged
def greet(name: str) -> str:
    """Say hello."""
    return "hi " + name
print(greet.__name__, greet.__doc__, greet.__annotations__, greet.__wrapped__.__name__)
print(greet("bo"))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(1.5))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("area computed")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
print(functools.cmp_to_key(lambda a, b: a - b)(3) < functools.cmp_to_key(lambda a, b: a - b)(4))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
