# decimal: seeded random comparisons and hashes against floats, ints and Fractions, conversions
# (int, floor, ceil, round, as_integer_ratio); compared with CPython.
import random
from decimal import Decimal as D, getcontext, FloatOperation
from fractions import Fraction as F
R = random.Random(21)
getcontext().traps[FloatOperation] = False
for i in range(1500):
    k = R.random()
    if k < 0.3:
        f = R.choice([0.1, 0.5, 1.5, -2.25, 1e20, 1e-20, 3.0, -0.0, float("inf"), 123.456, 2**60 + 0.0])
        d = D(f) if R.random() < 0.5 else D(repr(f)) if f == f and abs(f) != float("inf") else D(f)
        print(i, repr(d), d == f, d < f, d >= f, hash(d) == hash(f) if d == f else "-", round(d, 3) if d.is_finite() else "-")
    elif k < 0.6:
        n = R.randint(-10**30, 10**30) // 10 ** R.randint(0, 30)
        d = D(n).scaleb(R.randint(-3, 3))
        print(i, repr(d), d == n, hash(d) == hash(n) if d == n else "-", int(d), d.__floor__(), d.__ceil__(), round(d), d.as_integer_ratio())
    else:
        fr = F(R.randint(-1000, 1000), R.choice([1, 2, 4, 5, 8, 10, 3, 7]))
        d = D(fr.numerator) / D(fr.denominator)
        print(i, repr(d), d == fr, d < fr, hash(d) == hash(fr) if d == fr else "-", F(d) == fr)
