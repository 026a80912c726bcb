# decimal: seeded random format specs (fill, align, sign, z, zero padding, width, grouping,
# precision, type) on random Decimals under random rounding modes; compared with CPython.
import random
import decimal
from decimal import Decimal as D, localcontext
R = random.Random(3)
def number():
    if R.random() < 0.05:
        return D(R.choice(["NaN", "-NaN", "Inf", "-Inf", "sNaN", "-0", "0E+5", "0E-5"]))
    digits = "".join(R.choice("0123456789") for _ in range(R.randint(1, 12)))
    return D(("-" if R.random() < 0.4 else "") + digits + "E" + str(R.randint(-15, 12)))
def spec():
    s = ""
    if R.random() < 0.3:
        s += R.choice(["", "*", "0", " ", "x"]) + R.choice("<>=^")
    if R.random() < 0.3:
        s += R.choice("+- ")
    if R.random() < 0.1:
        s += "z"
    if R.random() < 0.15:
        s += "0"
    if R.random() < 0.5:
        s += str(R.randint(0, 20))
    if R.random() < 0.3:
        s += ","
    if R.random() < 0.6:
        s += "." + str(R.randint(0, 8))
    if R.random() < 0.85:
        s += R.choice("eEfFgGn%")
    return s
ROUND = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
for i in range(1000):
    d = number()
    s = spec()
    with localcontext(rounding=R.choice(ROUND), capitals=R.randint(0, 1)):
        try:
            out = repr(format(d, s))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
    print(i, d, repr(s), out)
