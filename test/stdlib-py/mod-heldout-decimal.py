# Decimal for money and precision: contexts, traps, quantize, the classic float surprise.
from decimal import (Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP,
                     ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, FloatOperation, Overflow, BasicContext, ExtendedContext)
import decimal

print(0.1 + 0.2, D("0.1") + D("0.2"), D(0.1))
print(repr(D("1.10")), D("1.10") + D("2.205"), D("3.00") * D("2"), D("1") / D("3"))
print(D("7") / D("2"), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"), divmod(D("7.5"), D("2")))
price = D("19.995")
print(price.quantize(D("0.01")), price.quantize(D("0.01"), rounding=ROUND_HALF_UP), price.quantize(D("1."), rounding=ROUND_DOWN))
print(D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), round(D("2.675"), 2), round(D("2.5")))
print(D("1.30").normalize(), D("100").normalize(), D("0E-5"), D("-0"), D("1e3"), D("1E+3").to_eng_string(), D("123E4").to_eng_string())
print(D("nan"), D("-Infinity"), D("sNaN"), D("Infinity") + 1, D("1.5").is_finite(), D("nan").is_nan())
print(D((0, (3, 1, 4), -2)), D("3.14").as_tuple(), D(-5).as_tuple(), D("3.14").as_integer_ratio())
print(D("2").sqrt(), D("10").ln(), D("100").log10(), D("1").exp(), D("2") ** D("0.5"))
print(D("12.345").adjusted(), D("0.001").adjusted(), D("-3").copy_abs(), D("3").copy_negate(), D("1").compare(D("2")))
print(D("5").max(D("3")), D("5").min(D("nan")), D(" 42 "), D("1_000.5"), int(D("-3.9")), float(D("2.5")))

with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, +D("1.23456789"))
print(getcontext().prec, D(1) / D(7))
ctx = Context(prec=3, rounding=ROUND_CEILING)
print(ctx.divide(D(1), D(3)), ctx.add(D("1.001"), D("1")), ctx.create_decimal("3.14159"))

try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero:", type(e).__mro__[1].__name__, isinstance(e, ZeroDivisionError))
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D(0) / D(0)
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D("1.5").quantize(D("1e-30"))
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D(1) < D("nan")
except InvalidOperation as e:
    print("InvalidOperation", e)
print(D(1) == D("nan"), D("nan") != D("nan"))
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / D(0), D(-1) / D(0))
    print(ctx.flags[DivisionByZero])
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        D(1) / D(3)
    except Inexact as e:
        print("Inexact", e)
    print(D(1) / D(4))
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    try:
        D(0.5)
    except FloatOperation as e:
        print("FloatOperation", e)
    try:
        D(1) < 0.5
    except FloatOperation as e:
        print("FloatOperation", e)
with localcontext(Context(Emax=5)) as ctx:
    try:
        D("9e5") * 10
    except Overflow as e:
        print("Overflow", e)
getcontext().clear_flags()
x = D(1) / D(3)
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))
print(ExtendedContext.prec, BasicContext.prec, BasicContext.rounding, ExtendedContext.divide(D(1), D(0)))
try:
    D(1) + "2"
except TypeError as e:
    print("TypeError:", e)
try:
    getcontext().prec = 0
except ValueError as e:
    print("ValueError:", e)
try:
    getcontext().rounding = "sideways"
except TypeError as e:
    print("TypeError:", e)
print(format(D("1234567.891"), ",.2f"), format(D("0.000123"), ".2e"), format(D("42"), "08.3f"), f"{D('1.5'):>8}|", format(D("12.5"), "%"))
print(sum([D("0.10")] * 10), sum([D("1.1"), D("2.2")], D(0)))
print(D(10) ** 30, D(2) ** 100, D("1e-10") * D("1e-10"), D("1.000") * 3)
print(hash(D("1.0")) == hash(1), hash(D("0.5")) == hash(0.5), D(3) == 3, D("0.5") == 0.5)
print(sorted([D("1.5"), 1, D("-2"), 0.25]))
print(decimal.MAX_PREC > 10**6, D.from_float(0.1).quantize(D("1e-20")))
