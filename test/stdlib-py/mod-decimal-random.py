# decimal: seeded random operands and contexts (precision, rounding, exponent limits, clamp)
# through most operations; results and flags compared with CPython.
import random
import decimal
from decimal import Decimal as D, Context
R = random.Random(20231123)
ROUND = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
def rnd():
    k = R.random()
    if k < 0.03: return R.choice(["NaN", "-NaN", "sNaN", "Inf", "-Inf", "0", "-0", "NaN12"])
    digits = "".join(R.choice("0123456789") for _ in range(R.randint(1, 25)))
    e = R.randint(-30, 30) if R.random() < 0.9 else R.randint(-1000, 1000)
    return ("-" if R.random() < 0.3 else "") + digits + "E" + str(e)
ops = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near", "divmod", "compare", "max", "min", "max_mag", "min_mag", "quantize", "fma", "sqrt", "plus", "minus", "abs", "normalize", "to_integral_exact", "next_plus", "next_minus", "next_toward", "power", "exp", "ln", "log10", "logb", "scaleb", "same_quantum", "compare_total", "to_eng_string", "to_sci_string", "number_class"]
for i in range(1000):
    op = R.choice(ops)
    # non-integer powers: C decimal is "almost always" correctly rounded; compare half-even only
    rounding = decimal.ROUND_HALF_EVEN if op == "power" else R.choice(ROUND)
    ctx = Context(prec=R.randint(1, 40), rounding=rounding, Emax=R.choice([99, 999, 999999]), Emin=R.choice([-99, -999, -999999]), clamp=R.randint(0, 1), traps=[])
    a, b, c = D(rnd()), D(rnd()), D(rnd())
    if op in ("power",):
        b = D(R.choice([str(R.randint(-20, 20)), "0.5", "-1.5", "2.25", "1E+3", rnd()]))
        if a.adjusted() > 5 or a.adjusted() < -5: a = a.scaleb(-a.adjusted())
    if op in ("exp",) and a.adjusted() > 3: a = a.scaleb(-a.adjusted())
    if op == "scaleb": b = D(R.randint(-50, 50))
    f = getattr(ctx, op)
    args = {"fma": (a, b, c), "sqrt": (a,), "plus": (a,), "minus": (a,), "abs": (a,), "normalize": (a,), "to_integral_exact": (a,), "next_plus": (a,), "next_minus": (a,), "exp": (a,), "ln": (a,), "log10": (a,), "logb": (a,), "to_eng_string": (a,), "to_sci_string": (a,), "number_class": (a,)}.get(op, (a, b))
    try:
        r = f(*args)
        r = tuple(map(str, r)) if isinstance(r, tuple) else str(r)
    except Exception as e:
        r = type(e).__name__ + str(e)
    fl = "".join(s.__name__[:3] for s, v in ctx.flags.items() if v)
    print(i, op, ctx.prec, ctx.rounding[6:], ctx.Emax, ctx.clamp, *map(str, args), "->", r, fl)
