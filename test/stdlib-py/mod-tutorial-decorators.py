# Decorators tutorial: wraps, stacking order, decorators with arguments, class decorators,
# and where a failing decorator is reported (3.11 points at the @decorator line)
import functools
import time
import traceback

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def tag(name):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return f"<{name}>{func(*args, **kwargs)}</{name}>"
        return wrapper
    return decorator

@tag("b")
@tag("i")
@shout
def greet(who):
    """Say hello."""
    return f"hello {who}"
print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
@count_calls
def add(a, b):
    return a + b
for i in range(3):
    add(i, i)
print(add.calls, add(2, 3))

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        value = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {type(elapsed).__name__} seconds")
        return value
    return wrapper
@timed
def waste(n):
    return sum(range(n))
print(waste(1000))

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self):
        print("Config created")
print(Config() is Config(), Config.__name__)

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
PLUGINS = {}
@register(PLUGINS)
class Csv: pass
@register(PLUGINS)
class Json: pass
print(sorted(PLUGINS))

class Cached:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]
@Cached
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache), fib.__name__)

def refuse(func):
    raise TypeError(f"cannot decorate {func.__name__}")
try:
    @shout
    @refuse
    def nope():
        pass
except TypeError:
    print(traceback.format_exc())
class Service:
    @staticmethod
    @refuse
    def start():
        pass
