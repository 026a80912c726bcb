# decimal: quantize, rounding to integers, round(), math.floor/ceil/trunc, hashing, format().
import math
import decimal
from decimal import Decimal as D, Context, localcontext

def flags(ctx):
    return ",".join(s.__name__ for s, v in ctx.flags.items() if v)

ctx = Context(prec=6, traps=[])
for v in ["7.325", "-7.325", "7.335", "0.005", "123.456", "1E+3", "-0", "999999.5", "Infinity", "NaN", "1E-10"]:
    for q in ["0.01", "1", "1E+1", "1.000", "0E-8", "Infinity"]:
        ctx.clear_flags()
        r = ctx.quantize(D(v), D(q))
        print("q", v, q, r, flags(ctx))
for r in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
          decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    print(r, [str(D(v).quantize(D("0.1"), rounding=r)) for v in ["1.25", "1.35", "-1.25", "1.01", "1.06", "-1.06", "1.51", "0.05"]],
          [str(D(v).to_integral_value(rounding=r)) for v in ["2.5", "3.5", "-2.5", "2.1", "-2.9", "0.5"]])
with localcontext(Context(traps=[])) as c:
    print(D("1.2").to_integral_exact(), flags(c))
    c.clear_flags()
    print(D("1E+3").to_integral_exact(), D("-0.7").to_integral(), flags(c))
try:
    D("1.5").quantize(D("1E-30"))
except decimal.InvalidOperation as e:
    print("quantize too long", e)
print(D("1.41421356").quantize(D("1.000")), D("1.41421356").quantize(D("1.000"), context=Context(rounding=decimal.ROUND_UP)))

for v in ["2.5", "3.5", "-2.5", "2.675", "-0.5", "123.456", "1E+2", "0.000"]:
    d = D(v)
    print(v, round(d), round(d, 1), round(d, -1), round(d, 0), math.floor(d), math.ceil(d), math.trunc(d), int(d))
for bad in ["NaN", "Inf"]:
    try:
        round(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for v in ["1", "1.0", "0.5", "-2.25", "1E+3", "123456789.123456789", "0", "-0", "Infinity", "-Infinity", "1E-30", "3.14", "1E+50"]:
    d = D(v)
    f = float(d)
    print(v, hash(d) == hash(f) if f == d else "-", hash(d) == hash(int(d)) if d == d.to_integral_value() and d.is_finite() else "-", hash(d))
print(D(1) == 1.0, D("0.1") == 0.1, D("0.5") < 0.75, D(1) != 1, {D(1): "a"}[D("1.0")], D("2") > 1, 3 >= D("3.0"))
from fractions import Fraction
print(D("0.5") == Fraction(1, 2), D("0.3") < Fraction(1, 3), D("0.75") >= Fraction(3, 4))

specs = ["", ".2", ".0", "f", ".2f", ".0f", "e", ".2e", "E", ".0e", "g", ".3g", ".0g", "G", "%", ".1%", ">12", "<12.3f",
         "^+12.2f", "012.2f", ",", ",.2f", "n", ".3n", " ", "z.1f", "=+10", "*^15,.3f", "010,.1f", ".10g", "-^9", "F", ".3G", "+.1e", "0=10.1f"]
for v in ["1.2300", "1E+2", "-0", "0.000001", "1E-7", "123456789.125", "NaN", "-Infinity", "0", "2.5", "-0.0001", "12345", "1E+7", "-1.23E-10", "0.00", "9.999"]:
    d = D(v)
    print(v, [format(d, s) for s in specs])
print("{:.3f} {:>10.2%} {:,} {:e}".format(D("3.14159"), D("0.256"), D("1234567.891"), D("0.000314")), f"{D('42.5'):08.2f}")
with localcontext(rounding=decimal.ROUND_DOWN, capitals=0):
    print(format(D("2.789"), ".2f"), format(D("-2.789"), ".1f"), format(D("12345"), ".2"), format(D("1.5E+10"), ""))
for bad in ["#f", "_f", "x", ".f", "10.2q", ",n", "=#5"]:
    try:
        print(format(D("1.5"), bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
