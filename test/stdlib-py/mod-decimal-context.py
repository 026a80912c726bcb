# decimal: contexts (getcontext/setcontext/localcontext, Context attributes and validation,
# the predefined contexts), flags and traps, the exceptions raised and their messages, threads.
import decimal
import threading
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=10, rounding=decimal.ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow]))
c = Context(traps={s: False for s in getcontext().traps})
print(c, c.traps[InvalidOperation], c.flags)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)

# the signal hierarchy
for s in (decimal.DecimalException, Clamped, InvalidOperation, decimal.ConversionSyntax, DivisionByZero,
          decimal.DivisionImpossible, decimal.DivisionUndefined, Inexact, decimal.InvalidContext, Rounded,
          Subnormal, Overflow, Underflow, FloatOperation):
    print(s.__name__, [b.__name__ for b in s.__mro__[1:]])

def attempt(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("1/0", lambda: D(1) / 0)
attempt("0/0", lambda: D(0) / 0)
attempt("1%0", lambda: D(1) % 0)
attempt("0%0", lambda: D(0) % 0)
attempt("1//0", lambda: D(1) // 0)
attempt("divmod 1 0", lambda: divmod(D(1), 0))
attempt("syntax", lambda: D("1.2.3"))
attempt("inf-inf", lambda: D("Inf") - D("Inf"))
attempt("snan+1", lambda: D("sNaN") + 1)
attempt("nan<1", lambda: D("NaN") < 1)
attempt("nan==1", lambda: D("NaN") == 1)
attempt("snan==1", lambda: D("sNaN") == 1)
attempt("sqrt -1", lambda: D(-1).sqrt())
attempt("ln 0", lambda: D(0).ln())
attempt("0**0", lambda: D(0) ** 0)
attempt("overflow", lambda: D("9E+999999") * 10)
attempt("impossible", lambda: D("1E+40") // D("0.1"))
attempt("quantize", lambda: D(1).quantize(D("1E+1000000")))
attempt("hash snan", lambda: hash(D("sNaN")))
attempt("add float", lambda: D(1) + 1.5)
attempt("add str", lambda: D(1) + "1")
attempt("radd float", lambda: 1.5 + D(1))
attempt("pow float", lambda: D(2) ** 0.5)
attempt("divmod str", lambda: divmod(D(1), "x"))
attempt("sub none", lambda: None - D(1))
print(type(D(1)).__name__, type(D(1)), type(getcontext()).__name__)
attempt("mul list", lambda: [1] * D(2))
attempt("method float", lambda: D(1).compare(1.5))
attempt("ctx method float", lambda: getcontext().add(1.5, 1))
attempt("ctx add ints", lambda: getcontext().add(1, 2))
attempt("prec 0", lambda: Context(prec=0))
attempt("prec str", lambda: Context(prec="5"))
attempt("Emin", lambda: Context(Emin=1))
attempt("Emax", lambda: Context(Emax=-1))
attempt("rounding", lambda: Context(rounding="ROUND_SIDEWAYS"))
attempt("capitals", lambda: Context(capitals=2))
attempt("clamp", lambda: Context(clamp=-1))
attempt("traps list", lambda: Context(traps=[ValueError]))
attempt("set attr", lambda: setattr(getcontext(), "precision", 5))
attempt("flags key", lambda: getcontext().flags[ValueError])
attempt("setcontext", lambda: setcontext(5))
attempt("localcontext bad kw", lambda: localcontext(precision=5))
attempt("localcontext arg", lambda: localcontext(5))

# flags accumulate; traps turn signals into exceptions; the exception carries the list
ctx = getcontext()
ctx.clear_flags()
x = D(1) / D(3)
print(x, [s.__name__ for s, v in ctx.flags.items() if v])
ctx.traps[Inexact] = True
attempt("inexact trapped", lambda: D(1) / D(3))
attempt("exact ok", lambda: D(1) / D(4))
ctx.traps[Inexact] = False
ctx.traps[Rounded] = True
attempt("rounded trapped", lambda: +D("1.00000000000000000000000000001"))
ctx.traps[Rounded] = False
ctx.traps[FloatOperation] = True
attempt("float op ctor", lambda: D(0.5))
attempt("float op lt", lambda: D(1) < 1.5)
attempt("float op eq", lambda: D(1) == 1.0)
attempt("from_float", lambda: D.from_float(0.5))
attempt("create_decimal float", lambda: ctx.create_decimal(0.5))
ctx.traps[FloatOperation] = False
ctx.clear_flags()
with localcontext(Context(prec=3, Emin=-3, Emax=3, traps=[Underflow, Clamped])) as c3:
    attempt("underflow", lambda: D("1E-3") / 1000)
    attempt("subnormal exact", lambda: D("1E-4") + 0)
    attempt("clamped", lambda: D("0E+9") + 0)
    print(c3)
with localcontext(Context(traps=[])) as quiet:
    print(D(1) / 0, D(0) / 0, D("1.2.3"), D(-1).sqrt(), D("Inf") * 0)
    print(quiet.flags)
print(ctx.flags[DivisionByZero], getcontext() is ctx)

# localcontext: copies, keyword arguments, restores
with localcontext() as lc:
    lc.prec = 5
    print(D(2).sqrt(), getcontext() is lc)
print(D(2).sqrt())
with localcontext(prec=4, rounding=decimal.ROUND_UP) as lc:
    print(D(2).sqrt(), lc.prec, lc.rounding)
with localcontext(ExtendedContext) as lc:
    print(D(1) / 0, lc is not ExtendedContext, lc.prec)
try:
    with localcontext(prec=2):
        print(D(1) / 3)
        raise KeyError("x")
except KeyError:
    pass
print(D(1) / 3, getcontext().prec)

# create_decimal rounds to the context; setcontext swaps the thread's context
c5 = Context(prec=5, rounding=decimal.ROUND_HALF_UP)
print(c5.create_decimal("3.14159265"), c5.create_decimal(1234567), c5.create_decimal_from_float(0.1), c5.create_decimal("NaN1234"), c5.create_decimal("-sNaN"))
attempt("create_decimal long payload", lambda: c5.create_decimal("NaN123456"))
attempt("create_decimal spaces", lambda: c5.create_decimal(" 1 "))
attempt("create_decimal underscore", lambda: c5.create_decimal("1_0"))
print(c5.flags)
old = getcontext()
setcontext(c5)
print(D(1) / 7, getcontext() is c5)
setcontext(old)
print(D(1) / 7)
cp = c5.copy()
cp.prec = 2
print(c5.prec, cp.prec, c5.Etiny(), c5.Etop())
for name in ("abs", "plus", "minus", "sqrt", "exp", "ln", "log10", "logb", "normalize", "next_plus", "number_class", "to_sci_string", "to_eng_string", "is_zero", "is_signed", "copy_abs"):
    print(name, getattr(c5, name)(D("-12.3456789") if name not in ("sqrt", "ln", "log10") else D("12.3456789")))
print(c5.power(2, 10), c5.power(D(3), 4, 7), c5.divide(1, 3), c5.fma(2, 3, 4), c5.compare_total(1, 2), c5.same_quantum(1, D("1.0")), c5.quantize(D("1.2345"), D("0.01")), c5.to_integral_exact(D("2.5")))

# every thread starts from DefaultContext
results = {}
def worker(prec):
    getcontext().prec = prec
    results[prec] = (str(D(1) / 7), getcontext().prec)
threads = [threading.Thread(target=worker, args=(p,)) for p in (3, 6, 9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), getcontext().prec)
DefaultContext.prec = 12
t = threading.Thread(target=worker, args=(None,) if False else (4,))
t2_out = []
t2 = threading.Thread(target=lambda: t2_out.append(str(D(1) / 7)))
t2.start()
t2.join()
print(t2_out, str(D(1) / 7))
DefaultContext.prec = 28

import decimal
from decimal import Context, Inexact, Overflow
c = Context()
for name, val in [("traps", [Inexact]), ("flags", {}), ("traps", {Inexact: True}), ("prec", True), ("prec", 2.0), ("Emax", 10**20), ("rounding", 3), ("clamp", True), ("capitals", 0)]:
    try:
        setattr(c, name, val)
        print(name, "ok", c)
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    del c.prec
except Exception as e:
    print(type(e).__name__, e)
print(c.traps == c.traps.copy(), len(c.traps), list(c.flags)[:2], Inexact in c.traps, c.traps.get(Overflow))
D(1) / 0
