from functools import lru_cache, reduce
import sys

sys.setrecursionlimit(10_000)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@lru_cache(maxsize=None)
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_fast(n):
    """Fast doubling: F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2."""
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k >> 1)
        c = a * ((b << 1) - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return go(n)[0]


fib_reduce = lambda n: reduce(lambda ab, _: (ab[1], ab[0] + ab[1]), range(n), (0, 1))[0]

assert fib_iter(90) == fib_memo(90) == fib_fast(90) == fib_reduce(90) == 2880067194370816120
gen = fib_gen()
print([next(gen) for _ in range(15)])
print(len(str(fib_fast(10_000))), fib_fast(300) % 1_000_000_007, 0xFFFF_FFFF, 0o777, 0b1010_1010)
