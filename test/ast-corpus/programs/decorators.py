import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.calls += 1
            wrapper.total += time.perf_counter() - start
    wrapper.calls = 0
    wrapper.total = 0.0
    return wrapper


def retry(times=3, exceptions=(Exception,), delay=0.0):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    print(f"attempt {attempt} failed: {exc}")
                    time.sleep(delay)
            raise RuntimeError(f"{func.__name__} failed {times} times") from last
        return wrapper
    return decorator


def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


class memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        functools.update_wrapper(self, func)

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]


@timed
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


attempts = iter([ValueError("no"), ValueError("again"), None])


@retry(times=3, exceptions=(ValueError,))
def flaky():
    if (err := next(attempts)) is not None:
        raise err
    return "ok"


print(fib(80), fib.calls, flaky())
c = counter()
c(); c(5)
print(c())
