# decimal: arithmetic under several precisions and every rounding mode, with the flags raised.
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]

def flags(ctx):
    return ",".join(s.__name__ for s, v in ctx.flags.items() if v)

def run(label, fn, ctx):
    ctx.clear_flags()
    try:
        r = fn()
        print(label, r if not isinstance(r, tuple) else tuple(map(str, r)), flags(ctx))
    except Exception as e:
        print(label, type(e).__name__, e, flags(ctx))

values = ["0", "-0", "1", "-1", "2.5", "-2.5", "3", "0.1", "1.05", "-7.35", "123456789", "9.99999", "1E+5", "1E-5",
          "12.3400", "Infinity", "-Infinity", "NaN", "sNaN"]
ctx = Context(prec=5, traps=[])
for a in values:
    for b in ["3", "-0.7", "0", "1E+3", "Infinity", "NaN", "2.50"]:
        x, y = D(a), D(b)
        run("%s+%s" % (a, b), lambda: ctx.add(x, y), ctx)
        run("%s-%s" % (a, b), lambda: ctx.subtract(x, y), ctx)
        run("%s*%s" % (a, b), lambda: ctx.multiply(x, y), ctx)
        run("%s/%s" % (a, b), lambda: ctx.divide(x, y), ctx)
        run("%s//%s" % (a, b), lambda: ctx.divide_int(x, y), ctx)
        run("%s%%%s" % (a, b), lambda: ctx.remainder(x, y), ctx)
        run("divmod(%s,%s)" % (a, b), lambda: ctx.divmod(x, y), ctx)
        run("rn(%s,%s)" % (a, b), lambda: ctx.remainder_near(x, y), ctx)

for r in ROUNDINGS:
    c = Context(prec=3, rounding=r, traps=[])
    out = []
    for v in ["1.234", "1.235", "1.245", "1.2451", "-1.235", "-1.245", "9.995", "1.001", "1.050", "1.051", "-0.0001234", "105.5", "995", "0.9995"]:
        out.append(str(c.plus(D(v))))
    out.append(str(c.divide(D(2), D(3))))
    out.append(str(c.divide(D(-2), D(3))))
    out.append(str(c.add(D(1), D("-1"))))
    out.append(str(c.multiply(D("-0"), D(1))))
    print(r, " ".join(out))

# precision applied to every result; operators use the current context
for prec in (1, 2, 9, 28, 50):
    with localcontext() as c:
        c.prec = prec
        print(prec, D(1) / D(7), D(2).sqrt(), D("1.5") ** 20, D(10) ** -3, D("123.456") * D("7.89"), D(1) - D("1E-60"), +D("1.23456789012345678901234567890123"))

with localcontext(prec=28):
    print(D("1.30") + D("1.20"), D("1.3") * D("1.2"), D("3.00") / D("1.5"), D("1.00") / D("3"), D(7) / D("0.5"))
    print(D(5) // D(2), D(-5) // D(2), D(5) % D(-2), D(-5) % D(2), divmod(D(-7), D(2)), D("7.5") % D(2), D("-7.5") // D(2))
    print(D(2) ** 64, D(2) ** D(-3), D("0.5") ** 3, D(-2) ** 3, D(-2) ** -3, D("1.1") ** 2, D(10) ** 30, D(0) ** 5, pow(D(3), 4, 5), pow(D(-3), 3, 7))
    print(-D("0"), +D("-0"), abs(D("-3.50")), -D("1.10"), D(2) + 3, 3 - D(2), 2 * D("1.5"), 1 / D(8), 7 // D(2), 7 % D(3), 2 ** D(3))
    print(sum([D("0.1")] * 10), D("0.1") + D("0.2") == D("0.3"), sorted([D(3), D("1.5"), D(-2)]), max(D(1), D("1.0")), min([D("2.50"), D("2.5")]))

# overflow, underflow, subnormals, clamping
c = Context(prec=3, Emax=5, Emin=-5, traps=[])
for v in ["999999", "1E+6", "9.995E+5", "-9.999E+5", "1E-6", "1.5E-7", "1E-8", "4E-8", "5E-8", "6E-8", "0E-10", "0E+10", "1.234E-6"]:
    run("plus " + v, lambda: c.plus(D(v)), c)
for r in (decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP):
    c.rounding = r
    run("over " + r, lambda: (c.multiply(D(1000), D(1000)), c.multiply(D(-1000), D(1000))), c)
c = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
for v in ["1E+5", "1.2E+4", "0E+9", "123E+3"]:
    run("clamp " + v, lambda: c.plus(D(v)), c)
print(c.Etiny(), c.Etop())

# exact big operands are not aligned digit by digit
with localcontext(prec=10) as c:
    print(D("1E+100000") + D(1), D(1) - D("1E-100000"), D("1E+100000") - D("1E-100000"), c.flags[decimal.Inexact])

# fma, sqrt, exp, ln, log10 and friends
with localcontext(prec=12):
    for v in ["2", "0.25", "1E-10", "100", "0.5", "1E+100", "3.7", "0"]:
        d = D(v)
        print(v, d.sqrt(), d.exp() if D(v) < 300 else "-", d.ln() if d else "-", d.log10() if d else "-", d.logb() if d else "-")
    print(D(2).fma(3, 4), D("1.5").fma(D(2), D("-3")), D(2) ** D("0.5"), D(10) ** D("0.3"), D("0.1") ** D("2.5"))
    print(D("7").scaleb(3), D("7.5").scaleb(-2), D(123).shift(2), D(123).shift(-1), D(123).rotate(1), D(123).rotate(-1))
    print(D("1.2").next_plus(), D("1.2").next_minus(), D(1).next_toward(2), D(1).next_toward(0), D("Inf").next_minus())
    print(D(1010).logical_and(D(1100)), D(1010).logical_or(D(1100)), D(1010).logical_xor(D(1100)), D(1010).logical_invert())
    print(D("2.50").normalize(), D("-0.00").normalize(), D("1200").normalize(), D(0).normalize(), D("1.000E+3").normalize())
    print(D(1).compare(D(2)), D(2).compare(D("2.0")), D("NaN").compare(D(1)), D(1).compare_total(D("1.0")), D("-1").compare_total(D("NaN")), D("1").compare_total_mag(D("-1.0")))
    print(D(1).max(D("NaN")), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)), D("1.0").max(D(1)), D(1).same_quantum(D("1.0")), D(1).same_quantum(D(2)))
