# fractions.Fraction: construction, parsing, arithmetic with int/float/complex, comparisons,
# hashing, rounding, limit_denominator, errors.
from fractions import Fraction
import math


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


print(Fraction(16, -10), Fraction(123), Fraction(), Fraction('3/7'), Fraction(' -3/7 '),
      Fraction('1.414213 \t\n'), Fraction('-.125'), Fraction('7e-6'), Fraction(2.25),
      Fraction(1.1), Fraction(Fraction(1, 7), 5), Fraction(True), Fraction('1_000.5'))
print(repr(Fraction(3, 4)), str(Fraction(3, 4)), str(Fraction(6, 3)), Fraction(3, 4).numerator,
      Fraction(3, 4).denominator, Fraction(-6, 4).as_integer_ratio())
for text in ['abc', '1/-2', '1 /2', '0x10', '1e', '1__0', '', '.', '1/0', '1.5/2']:
    attempt('Fraction(%r)' % text, lambda: Fraction(text))
attempt('zero denominator', lambda: Fraction(1, 0))
attempt('float pair', lambda: Fraction(1.5, 2))
attempt('list', lambda: Fraction([]))
attempt('nan', lambda: Fraction(float('nan')))
attempt('inf', lambda: Fraction(float('inf')))
attempt('from_float str', lambda: Fraction.from_float('x'))
print(Fraction.from_float(0.1), Fraction.from_float(3))

a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, -a, +a, abs(-a))
print(a + 1, 1 + a, a * 3, 2 / a, a - 0.5, 0.5 + a, a * 1j, a ** 0.5, 4 ** Fraction(1, 2),
      2 ** Fraction(3), Fraction(4, 9) ** Fraction(1, 2), Fraction(-8) ** Fraction(1, 3))
print(sum(Fraction(1, n) for n in range(1, 11)), math.prod([Fraction(1, 2)] * 5))
attempt('divide by zero', lambda: a / 0)
attempt('divide by zero negative', lambda: -a / Fraction(0))
attempt('zero to negative power', lambda: Fraction(0) ** -1)
attempt('add str', lambda: a + 'x')
attempt('compare str', lambda: a < 'x')
attempt('floordiv complex', lambda: a // 1j)
print(a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 2) == 0.5 + 0j, a < 0.34,
      a > Fraction(1, 4), Fraction(1, 2) < float('nan'), Fraction(10 ** 400) < float('inf'),
      Fraction(3) == 3, Fraction(3, 2) != 1.5, max(Fraction(1, 2), 0.4, 1), sorted([Fraction(2, 3), 0.5, 1, Fraction(1, 5)]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)),
      hash(Fraction(-1, 3)), len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(7, 3), 2),
      round(Fraction(1234, 1), -2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)),
      math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)), bool(Fraction(0)))
print(Fraction('3.1415926535897932').limit_denominator(1000), Fraction(math.pi).limit_denominator(10),
      Fraction(math.pi).limit_denominator(100), Fraction(1, 3).limit_denominator(5),
      Fraction(0.1).limit_denominator())
attempt('limit 0', lambda: Fraction(1, 3).limit_denominator(0))
print(format(Fraction(1, 3), ''), '%s and %r' % (Fraction(1, 3), Fraction(1, 3)))
attempt('format spec', lambda: format(Fraction(1, 3), '.2f'))
# exact arithmetic, the classic example
total = Fraction(0)
for _ in range(10):
    total += Fraction(1, 10)
print(total, total == 1, sum([0.1] * 10) == 1)


class Ratio(Fraction):
    pass


print(repr(Ratio(1, 2)), repr(+Ratio(1, 2)), type(Ratio(1, 2) + 1).__name__)
