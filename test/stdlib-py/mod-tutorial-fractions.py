# fractions: exact rational arithmetic, as in a numerics course
from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction("2/3")
print(a, repr(a), b, a + b, a - b, a * b, a / b, a ** 2, a ** -1, -a, abs(-a))
print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5), Fraction(5))
print(Fraction("3.1415"), Fraction("-1.5e-3"), Fraction(" 7/21 "), Fraction("1_000/3"))
print(Fraction(0.1), Fraction(0.5), Fraction(1.25), Fraction.from_float(0.75))
print(Fraction(0.1).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(math.pi).limit_denominator(1000))
print(Fraction(3.14159).limit_denominator(10), Fraction(1, 3).limit_denominator(2))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(7, 2)), int(Fraction(-7, 2)))
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(a == 0.75, a < 1, a > b, Fraction(1, 2) == Fraction(2, 4), hash(Fraction(1, 2)) == hash(0.5))
print(a + 1, 1 + a, a + 0.25, 2 * a, a // Fraction(1, 3), a % Fraction(1, 3), divmod(Fraction(7, 3), 2))
print(sum(Fraction(1, n) for n in range(1, 7)), Fraction(2) ** Fraction(1, 2), 2 ** Fraction(2))
print(f"{a}", str(Fraction(10, 2)), format(float(Fraction(1, 3)), ".4f"), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
harmonic = Fraction(0)
for k in range(1, 11):
    harmonic += Fraction(1, k)
print("H10 =", harmonic, float(harmonic))
# Egyptian fractions by the greedy method
def egyptian(fr):
    parts = []
    while fr.numerator:
        d = math.ceil(fr.denominator / fr.numerator)
        parts.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return parts
print(" + ".join(str(p) for p in egyptian(Fraction(7, 15))))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]), max(Fraction(2, 3), 0.6))
print(Fraction(1, 3) * 3 == 1, 0.1 + 0.2 == 0.3, Fraction("0.1") + Fraction("0.2") == Fraction("0.3"))
print(Fraction(123456789, 1000).limit_denominator(7), Fraction(2, 3) ** 3, Fraction(4, 9) ** 0.5)
print(complex(Fraction(1, 2)) if False else float(Fraction(1, 8)), bool(Fraction(0)), Fraction(True))
from fractions import Fraction as F
import numbers
import numbers
x = F(3, 4); print(x.real, x.imag, x.conjugate(), x.real is x, x.real == x, isinstance(x, numbers.Rational), complex(x), F(1, 2) + 1j, [a for a in dir(x) if not a.startswith("_")])
