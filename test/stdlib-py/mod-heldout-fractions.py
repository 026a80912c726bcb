# Exact arithmetic with fractions: a numeric-methods course unit.
from fractions import Fraction as F
from decimal import Decimal
import math

print(F(3, 4) + F(1, 4), F(1, 3) * 3, F(-6, 4), F(6, -4), F(0, 5))
print(repr(F(1, 3)), str(F(5, 1)), str(F(-1, 3)))
print(F("3/7"), F(" -2/3 "), F("1.25"), F("1e-3"), F("-.5"), F("7"))
print(F(0.1), F(0.5), F(Decimal("0.75")), F(F(1, 2), F(1, 3)))
print(F(0.1).limit_denominator(), F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10))
print(F(3, 10).limit_denominator(1), F(1, 2).limit_denominator(2))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    F(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    F(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    F(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    F([1])
except TypeError as e:
    print("TypeError:", e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = F(7, 3)
print(x.numerator, x.denominator, x.as_integer_ratio(), float(x), int(x), int(-x))
print(math.floor(x), math.ceil(x), round(x), round(F(5, 2)), round(F(7, 2)), round(x, 2), round(F(-7, 3), 1))
print(x // 1, x % 1, divmod(x, F(1, 2)), -x, abs(-x), x ** 2, x ** -2, F(4, 9) ** F(1, 2))
print(F(1, 2) + 1, 1 - F(1, 2), F(1, 2) + 0.5, F(1, 2) * 2.0, 2 ** F(1, 2))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 1, F(2, 4) == F(1, 2), hash(F(1, 2)) == hash(0.5), hash(F(2, 1)) == hash(2))
print(sum([F(1, n) for n in range(1, 7)]))
print(sorted([F(2, 3), F(1, 2), 0.6, 1]))
print(F.from_float(0.25), F.from_decimal(Decimal("-1.5")), F(10, 4).is_integer() if hasattr(F, "is_integer") else "n/a")
print(format(F(1, 3), "") if False else str(F(1, 3)))
print(bool(F(0)), bool(F(1, 9)), F(1, 3) != F(1, 3))
def egyptian(fr):
    parts = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        parts.append(F(1, d))
        fr -= F(1, d)
    return parts
print(egyptian(F(4, 13)))
print(" + ".join(str(p) for p in egyptian(F(5, 6))))
