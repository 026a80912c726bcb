# decimal: construction from str/int/float/tuple, str and repr rules, as_tuple, conversions.
from decimal import Decimal as D, getcontext, InvalidOperation, localcontext
import decimal

texts = ["0", "-0", "1.10", "1E+2", "1e2", "100", "0.000001", "1E-7", "0.0000001", "-1.5e-3", "123.456e10",
         "  12_345.6  ", "1_000", ".5", "5.", "+7", "1E+999999", "1E-1000000", "00012.3400", "-0E+3", "0E-9",
         "NaN", "nan", "-NaN123", "sNaN", "-snan7", "Infinity", "-inf", "+INF", "infinity",
         "\u0661\u0662.5", "12345678901234567890.123456789", "1.23E+5", "1.23E-5", "123E-9", "0.00E+5"]
for t in texts:
    d = D(t)
    print(repr(t), str(d), repr(d), d.as_tuple(), d.to_eng_string(), d.adjusted())

for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "_", "_ 1", "1._5", "In_f", "1e+-5", "- 1", "NaN1.5", "Inf5", "0x10", "1 2"]:
    try:
        print(repr(bad), D(bad))
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)

for n in [0, 1, -1, 10**30, -(2**64), True]:
    print(n, repr(D(n)), D(n).as_tuple())
for f in [0.1, 0.5, -0.0, 1e-5, 1e22, 2.5, float("inf"), float("-inf"), float("nan"), 1/3]:
    print(f, repr(D(f)), repr(D.from_float(f)))
print(repr(D.from_float(12)), D(D("1.50")), D())
print(repr(D((0, (1, 4, 1, 4), -3))), repr(D((1, (), 0))), repr(D((0, (0,), 5))), repr(D((1, (1,), "F"))),
      repr(D((0, (4, 2), "n"))), repr(D((1, [1, 2], "N"))), repr(D([0, (1,), 2])))
for bad in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,), "x"), (0, 1, 0), (0, (1,))]:
    try:
        print(D(bad))
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
for bad in [[1, 2], {"a": 1}, None, 1j]:
    try:
        print(D(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# str() switches to exponent notation by the adjusted exponent, as the spec says
for k in range(-9, 4):
    print(k, D((0, (1, 2, 3), k)), D((0, (1,), k)), D((1, (0,), k)), D((0, (1, 2, 3), k)).to_eng_string(), D((0, (0,), k)).to_eng_string())

x = D("-12.750")
print(int(x), float(x), complex(D("1.5")), x.as_integer_ratio(), D("0.125").as_integer_ratio(), bool(D(0)), bool(D("0.00")), bool(D("NaN")), bool(x))
print(x.is_signed(), x.is_zero(), x.is_finite(), x.is_nan(), D("sNaN").is_snan(), D("NaN").is_qnan(), D("-Inf").is_infinite())
print(x.copy_abs(), x.copy_negate(), D(3).copy_sign(x), x.real, x.imag, x.conjugate(), D(5).radix())
print(x.number_class(), D(0).number_class(), D("-0").number_class(), D("Inf").number_class(), D("NaN").number_class(), D("sNaN").number_class(), D("1E-999999").number_class(), D("1E-1000000").number_class())
print(D("1E-999999").is_normal(), D("1E-1000000").is_subnormal(), x.is_canonical(), x.canonical())
for bad in ["NaN", "Inf", "-Infinity", "sNaN"]:
    for conv in (int, float, lambda v: v.as_integer_ratio()):
        try:
            print(bad, conv(D(bad)))
        except (ValueError, OverflowError) as e:
            print(bad, type(e).__name__, e)
print(type(D(1)), D.__module__, decimal.DecimalTuple(0, (1,), 2), isinstance(D(1), __import__("numbers").Number))
with localcontext(capitals=0):
    print(D("1E+10"), D("1.5E-10"), D("1E+10").to_eng_string())
