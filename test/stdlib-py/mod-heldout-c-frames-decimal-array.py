# Errors from decimal and array (C code in CPython): tracebacks hold only the program's frames.
import array
import decimal
import traceback
from decimal import Decimal, localcontext


def frames(action):
    try:
        action()
    except Exception as e:
        summary = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, "|", str(e)[:70], "|", [f.name for f in summary])


frames(lambda: Decimal(1) / Decimal(0))
frames(lambda: Decimal("abc"))
frames(lambda: Decimal(1) + "2")
frames(lambda: Decimal("1.5").quantize(Decimal("1e-40")))
frames(lambda: Decimal(-1).sqrt())
frames(lambda: format(Decimal(1), "invalid"))
frames(lambda: Decimal(-2).ln())
frames(lambda: decimal.getcontext().__setattr__("prec", -1))
frames(lambda: Decimal("nan") < 1)


def overflow():
    with localcontext() as ctx:
        ctx.Emax = 3
        return Decimal(9999) * 10


frames(overflow)
frames(lambda: array.array("i", [1.5]))
frames(lambda: array.array("b", [300]))
frames(lambda: array.array("x"))
frames(lambda: array.array("i").pop())
frames(lambda: array.array("i", [1]).index(7))
frames(lambda: array.array("d", [1.0]) + array.array("i"))
frames(lambda: array.array("u", "ab").tobytes().decode("ascii").encode("ascii") and array.array("u", [1]))
