# The decimal module's documentation recipes, as a numerics course works through them.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN
import decimal


def moneyfmt(value, places=2, curr="", sep=",", dp=".", pos="", neg="-", trailneg=""):
    q = Decimal(10) ** -places
    sign, digits, exp = value.quantize(q).as_tuple()
    result = []
    digits = list(map(str, digits))
    build, next_digit = result.append, digits.pop
    if sign:
        build(trailneg)
    for i in range(places):
        build(next_digit() if digits else "0")
    if places:
        build(dp)
    if not digits:
        build("0")
    i = 0
    while digits:
        build(next_digit())
        i += 1
        if i == 3 and digits:
            i = 0
            build(sep)
    build(curr)
    build(neg if sign else pos)
    return "".join(reversed(result))


def pi():
    getcontext().prec += 2
    three = Decimal(3)
    lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    getcontext().prec -= 2
    return +s


def exp(x):
    getcontext().prec += 2
    i, lasts, s, fact, num = 0, 0, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 1
        fact *= i
        num *= x
        s += num / fact
    getcontext().prec -= 2
    return +s


def cos(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 0, 0, 1, 1, 1, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


def sin(x):
    getcontext().prec += 2
    i, lasts, s, fact, num, sign = 1, 0, x, 1, x, 1
    while s != lasts:
        lasts = s
        i += 2
        fact *= i * (i - 1)
        num *= x * x
        sign *= -1
        s += num / fact * sign
    getcontext().prec -= 2
    return +s


d = Decimal("-1234567.8901")
print(moneyfmt(d, curr="$"))
print(moneyfmt(d, places=0, sep=".", dp="", neg="", trailneg="-"))
print(moneyfmt(Decimal(123456789), sep=" "))
print(moneyfmt(Decimal("-0.02"), neg="<", trailneg=">"))
print(pi())
with localcontext() as ctx:
    ctx.prec = 50
    print(pi())
print(exp(Decimal(1)), exp(Decimal(2)), Decimal(1).exp())
print(cos(Decimal("0.5")), sin(Decimal("0.5")))
print(getcontext())
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14159265").quantize(Decimal("0.01")))
getcontext().rounding = ROUND_DOWN
print(Decimal(2).sqrt(), Decimal(1) / Decimal(3) * 3)
decimal.setcontext(decimal.Context())
print(getcontext().prec, getcontext().rounding)
print(Decimal("7.325").quantize(Decimal(".01"), rounding=ROUND_DOWN), Decimal("7.325").quantize(Decimal("1."), rounding=decimal.ROUND_UP))
print(Decimal(1234).quantize(Decimal("1e2")), Decimal("1e2").quantize(Decimal(1)), Decimal("123.456").scaleb(2), Decimal("12").shift(1), Decimal("1234").rotate(2))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), float(Decimal("0.1")) + float(Decimal("0.2")) == 0.3)
data = list(map(Decimal, "1.34 1.87 3.45 2.35 1.00 0.03 9.25".split()))
print(max(data), min(data), sorted(data), sum(data), sum(data) / len(data))
a, b, c = data[:3]
print(str(a), float(a), round(a, 1), int(a), a * 5, a * b, c % a)
print(Decimal(5).fma(2, 3), Decimal("-5").copy_sign(Decimal(1)), Decimal(10).log10(), Decimal(2).ln().quantize(Decimal("1.0000")))
print(Decimal("1.10").compare_total(Decimal("1.1")), Decimal("NaN").is_qnan(), Decimal("0.00").is_zero(), Decimal(-1).is_signed(), Decimal("1e5").number_class())
print(Decimal(3).remainder_near(Decimal(2)), Decimal("2.5").next_plus(), Decimal("2.5").next_minus(), Decimal(1).next_toward(Decimal(2)))
