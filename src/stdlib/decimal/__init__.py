"""decimal: decimal floating point arithmetic (the General Decimal Arithmetic Specification),
behaving as CPython 3.11's C implementation does.

A finite Decimal is (sign, coefficient, exponent) with the coefficient a Python int; infinities
and NaNs carry a kind ("F", "n" quiet NaN, "N" signaling NaN) and NaNs a payload in the
coefficient. Every operation computes the exact result (or enough digits plus a sticky digit)
and `_fix` rounds it to the context. Conditions raised during an operation are collected in a
list and handed to the context at the end (`Context._apply`), which sets flags and raises the
trapped ones with C decimal's message ("[<class 'decimal.DivisionByZero'>]").
"""

import math as _math
import operator as _operator
import sys as _sys
import numbers as _numbers
from collections import namedtuple as _namedtuple

from decimal._format import format_decimal as _format_decimal

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

__all__ = [
    "Decimal", "Context", "DecimalTuple",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero",
    "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation",
    "DivisionImpossible", "InvalidContext", "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
    "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---- signals ------------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order C decimal reports signals in (context repr, exception lists).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
# Conditions that count as InvalidOperation for flags and traps.
_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)
_REPORT_ORDER = _CONDITIONS + _SIGNALS[1:]
# The order of Context.__repr__ (libmpdec's flag bits).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


_SIGNAL_OF = {c: _signal_of(c) for c in _REPORT_ORDER}


DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---- digit helpers ------------------------------------------------------------------------------

def _ndigits(c):
    """Number of decimal digits of the coefficient c >= 0 (0 has one)."""
    if c < 10:
        return 1
    if c < _SMALL_COEFF:
        return len(str(c))
    n = int(c.bit_length() * 0.30102999566398120)
    if c >= 10 ** n:
        n += 1
    if c >= 10 ** n:
        n += 1
    return n


_SMALL_COEFF = 10 ** 60

# op text -> the test of a comparison result c (-1, 0 or 1) against 0
_COMPARISONS = {"==": _operator.eq, "!=": _operator.ne, "<": _operator.lt, "<=": _operator.le,
                ">": _operator.gt, ">=": _operator.ge}


def _round_int(c, drop, rounding, sign):
    """c with its `drop` last digits removed, rounded; returns (kept, inexact)."""
    if drop <= 0:
        return c, False
    if drop > _ndigits(c) + 1:
        kept, rest, rel = 0, c, -1
    else:
        p10 = 10 ** drop
        kept, rest = divmod(c, p10)
        half = p10 // 2
        rel = -1 if rest < half else (0 if rest == half else 1)
    if rest == 0:
        return kept, False
    if _round_away(rounding, sign, kept, rel):
        kept += 1
    return kept, True


def _round_away(rounding, sign, kept, rel):
    """Whether a discarded nonzero part (rel: -1 below half, 0 half, 1 above) rounds away from zero."""
    if rounding == ROUND_HALF_EVEN:
        return rel > 0 or (rel == 0 and kept % 2 == 1)
    if rounding == ROUND_HALF_UP:
        return rel >= 0
    if rounding == ROUND_HALF_DOWN:
        return rel > 0
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return kept % 5 == 0  # ROUND_05UP


def _strip_zeros(c, e, min_exp):
    """Removes trailing zeros of c while the exponent stays <= min_exp."""
    if c == 0:
        return c, max(e, min(e, min_exp))
    while e < min_exp and c % 10 == 0:
        c //= 10
        e += 1
    return c, e


# ---- the Decimal type ---------------------------------------------------------------------------

def _dec(sign, coeff, exp, special=""):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _nan(sign=0, payload=0, signaling=False):
    return _dec(sign, payload, 0, "N" if signaling else "n")


def _inf(sign):
    return _dec(sign, 0, 0, "F")


def _parse(text):
    """(sign, coeff, exp, special) for a numeric string, or None when it is not one."""
    # C decimal drops every underscore once surrounding whitespace is stripped
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == "":
                return sign, 0, 0, kind
            if not _all_digits(payload):
                return None
            return sign, int(payload), 0, kind
    mant, exp = s, 0
    for k, ch in enumerate(s):
        if ch in "eE":
            mant, etext = s[:k], s[k + 1:]
            body = etext[1:] if etext[:1] in ("+", "-") else etext
            if not _all_digits(body):
                return None
            exp = int(etext)
            break
    if "." in mant:
        whole, frac = mant.split(".", 1)
    else:
        whole, frac = mant, ""
    if not whole and not frac:
        return None
    if (whole and not _all_digits(whole)) or (frac and not _all_digits(frac)):
        return None
    return sign, int((whole + frac) or "0"), exp - len(frac), ""


def _all_digits(s):
    if not s:
        return False
    for ch in s:
        if not ch.isdigit() or not ch.isdecimal():
            return False
    return True


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.
    """

    __slots__ = ("_sign", "_int", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = -value if value < 0 else int(value)
            self._exp = 0
            self._special = ""
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_arg(context)
                ctx._apply([ConversionSyntax])
                parsed = (0, 0, 0, "n")
            self._sign, self._int, self._exp, self._special = parsed
            return self
        if isinstance(value, float):
            ctx = _context_arg(context)
            ctx._apply([FloatOperation])
            d = _from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (tuple, list)):
            self._sign, self._int, self._exp, self._special = _from_tuple(value)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # ---- predicates and parts ------------------------------------------------------------------
    def is_nan(self):
        return self._special in ("n", "N")

    def is_qnan(self):
        return self._special == "n"

    def is_snan(self):
        return self._special == "N"

    def is_infinite(self):
        return self._special == "F"

    def is_finite(self):
        return not self._special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() >= _context_arg(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _context_arg(context).Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._special:
            digits = tuple(int(ch) for ch in str(self._int)) if self._int else ()
            if self._special == "F":
                digits = (0,)
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, tuple(int(ch) for ch in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return (0, 1)
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        ctx = _context_arg(context)
        if self._special == "N":
            return "sNaN"
        if self._special == "n":
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == "F":
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.adjusted() < ctx.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    # ---- conversions to text -------------------------------------------------------------------
    def __str__(self):
        return self.to_sci_string()

    def to_sci_string(self, context=None, eng=False):
        caps = _context_arg(context).capitals
        sign = "-" if self._sign else ""
        if self._special:
            if self._special == "F":
                return sign + "Infinity"
            name = "sNaN" if self._special == "N" else "NaN"
            return sign + name + (str(self._int) if self._int else "")
        digits = str(self._int)
        e = self._exp
        adj = e + len(digits) - 1
        if e <= 0 and adj >= -6:
            if e == 0:
                return sign + digits
            point = len(digits) + e
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            return sign + "0." + "0" * (-point) + digits
        if eng and self._int == 0:
            return sign + _eng_zero(e, caps)
        # digits before the point: one, or 1-3 so that the exponent is a multiple of 3
        lead = adj % 3 + 1 if eng else 1
        shown = adj - (lead - 1)
        if lead >= len(digits):
            body = digits + "0" * (lead - len(digits))
        else:
            body = digits[:lead] + "." + digits[lead:]
        if shown == 0:
            return sign + body
        return sign + body + ("E" if caps else "e") + ("+" if shown > 0 else "") + str(shown)

    def to_eng_string(self, context=None):
        return self.to_sci_string(context, eng=True)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    # ---- conversions to numbers ----------------------------------------------------------------
    def __int__(self):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self._special == "N":
                raise ValueError("cannot convert signaling NaN to float")
            if self._special == "n":
                return float("-nan") if self._sign else float("nan")
            return float("-inf") if self._sign else float("inf")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _to_int_rounded(self, rounding):
        if self._special:
            if self._special == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_int(self._int, -self._exp, rounding, self._sign)
        return -n if self._sign else n

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = getcontext()
        return self.quantize(_dec(0, 1, -n), context=ctx)

    # ---- hashing and comparison ----------------------------------------------------------------
    def __hash__(self):
        if self._special:
            if self._special == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._special == "n":
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int % modulus * pow(10, self._exp, modulus) % modulus
        else:
            inv10 = pow(10, modulus - 2, modulus)
            h = self._int % modulus * pow(inv10, -self._exp, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _cmp_operand(self, other, op):
        """The other operand as (Decimal, denominator) for a comparison, or None if unsupported."""
        if isinstance(other, Decimal):
            return other, 1
        if isinstance(other, int):
            return Decimal(other), 1
        if isinstance(other, float):
            ctx = getcontext()
            if op in ("==", "!="):
                ctx.flags[FloatOperation] = True
            else:
                ctx._apply([FloatOperation])
            return _from_float(other), 1
        if isinstance(other, complex) and op in ("==", "!="):
            if other.imag != 0:
                return None
            return self._cmp_operand(other.real, op)
        if isinstance(other, _numbers.Rational):
            return Decimal(other.numerator), other.denominator
        return None

    def _compare_for(self, other, op):
        got = self._cmp_operand(other, op)
        if got is None:
            return NotImplemented
        o, den = got
        if self._special in ("n", "N") or o._special in ("n", "N"):
            if op in ("==", "!="):
                if self._special == "N" or o._special == "N":
                    getcontext()._apply([InvalidOperation])
                return op == "!="
            getcontext()._apply([InvalidOperation])
            return False
        a = self if den == 1 else _dec(self._sign, self._int * den, self._exp) if not self._special else self
        c = _compare_values(a, o)
        return _COMPARISONS[op](c, 0)

    def __eq__(self, other):
        return self._compare_for(other, "==")

    def __ne__(self, other):
        return self._compare_for(other, "!=")

    def __lt__(self, other):
        return self._compare_for(other, "<")

    def __le__(self, other):
        return self._compare_for(other, "<=")

    def __gt__(self, other):
        return self._compare_for(other, ">")

    def __ge__(self, other):
        return self._compare_for(other, ">=")

    # ---- arithmetic operators ------------------------------------------------------------------
    def __add__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "+", False)
        return NotImplemented if o is None else _run(_add, getcontext(), self, o)

    def __radd__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "+", True)
        return NotImplemented if o is None else _run(_add, getcontext(), o, self)

    def __sub__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "-", False)
        return NotImplemented if o is None else _run(_add, getcontext(), self, _negated(o))

    def __rsub__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "-", True)
        return NotImplemented if o is None else _run(_add, getcontext(), o, _negated(self))

    def __mul__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "*", False)
        return NotImplemented if o is None else _run(_mul, getcontext(), self, o)

    def __rmul__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "*", True)
        return NotImplemented if o is None else _run(_mul, getcontext(), o, self)

    def __truediv__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "/", False)
        return NotImplemented if o is None else _run(_div, getcontext(), self, o)

    def __rtruediv__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "/", True)
        return NotImplemented if o is None else _run(_div, getcontext(), o, self)

    def __floordiv__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "//", False)
        return NotImplemented if o is None else _run(_divint, getcontext(), self, o)

    def __rfloordiv__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "//", True)
        return NotImplemented if o is None else _run(_divint, getcontext(), o, self)

    def __mod__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "%", False)
        return NotImplemented if o is None else _run(_rem, getcontext(), self, o)

    def __rmod__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "%", True)
        return NotImplemented if o is None else _run(_rem, getcontext(), o, self)

    def __divmod__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "divmod()", False)
        return NotImplemented if o is None else _run(_divmod, getcontext(), self, o)

    def __rdivmod__(self, other):
        o = other if type(other) is Decimal else _binary_operand(self, other, "divmod()", True)
        return NotImplemented if o is None else _run(_divmod, getcontext(), o, self)

    def __pow__(self, other, modulo=None):
        o = other if type(other) is Decimal else _binary_operand(self, other, "** or pow()", False)
        if o is None:
            return NotImplemented
        if modulo is not None:
            m = _operand(modulo)
            if m is None:
                return NotImplemented
            return _run(_powmod, getcontext(), self, o, m)
        return _run(_pow, getcontext(), self, o)

    def __rpow__(self, other, modulo=None):
        o = other if type(other) is Decimal else _binary_operand(self, other, "** or pow()", True)
        return NotImplemented if o is None else _run(_pow, getcontext(), o, self)

    def __neg__(self):
        return self.__neg(getcontext())

    def __neg(self, ctx):
        return _run(_minus, ctx, self)

    def __pos__(self):
        return _run(_plus, getcontext(), self)

    def __abs__(self, round=True, context=None):
        ctx = _context_arg(context)
        if not round:
            return self.copy_abs()
        return _run(_abs, ctx, self)

    # ---- methods taking a context --------------------------------------------------------------
    def _ctxop(self, fn, context, *others):
        ctx = _context_arg(context)
        return _run(fn, ctx, self, *[_operand_strict(o) for o in others])

    def add(self, other, context=None):
        return self._ctxop(_add, context, other)

    def compare(self, other, context=None):
        return self._ctxop(_compare_op, context, other)

    def compare_signal(self, other, context=None):
        return self._ctxop(_compare_signal, context, other)

    def compare_total(self, other, context=None):
        return _compare_total(self, _operand_strict(other))

    def compare_total_mag(self, other, context=None):
        return _compare_total(self.copy_abs(), _operand_strict(other).copy_abs())

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        o = _operand_strict(other)
        return _dec(o._sign, self._int, self._exp, self._special)

    def exp(self, context=None):
        return self._ctxop(_exp_op, context)

    def ln(self, context=None):
        return self._ctxop(_ln_op, context)

    def log10(self, context=None):
        return self._ctxop(_log10_op, context)

    def logb(self, context=None):
        return self._ctxop(_logb, context)

    def fma(self, other, third, context=None):
        return self._ctxop(_fma, context, other, third)

    def max(self, other, context=None):
        return self._ctxop(_max, context, other)

    def min(self, other, context=None):
        return self._ctxop(_min, context, other)

    def max_mag(self, other, context=None):
        return self._ctxop(_max_mag, context, other)

    def min_mag(self, other, context=None):
        return self._ctxop(_min_mag, context, other)

    def next_minus(self, context=None):
        return self._ctxop(_next_minus, context)

    def next_plus(self, context=None):
        return self._ctxop(_next_plus, context)

    def next_toward(self, other, context=None):
        return self._ctxop(_next_toward, context, other)

    def normalize(self, context=None):
        return self._ctxop(_normalize, context)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context_arg(context)
        _check_rounding(rounding)
        return _run(_quantize, ctx, self, _operand_strict(exp), rounding)

    def remainder_near(self, other, context=None):
        return self._ctxop(_rem_near, context, other)

    def same_quantum(self, other, context=None):
        o = _operand_strict(other)
        if self._special or o._special:
            return (self.is_nan() and o.is_nan()) or (self._special == o._special == "F")
        return self._exp == o._exp

    def scaleb(self, other, context=None):
        return self._ctxop(_scaleb, context, other)

    def shift(self, other, context=None):
        return self._ctxop(_shift, context, other)

    def rotate(self, other, context=None):
        return self._ctxop(_rotate, context, other)

    def sqrt(self, context=None):
        return self._ctxop(_sqrt, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_arg(context)
        _check_rounding(rounding)
        return _run(_to_integral, ctx, self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_arg(context)
        _check_rounding(rounding)
        return _run(_to_integral, ctx, self, rounding, True)

    def logical_and(self, other, context=None):
        return _run(_logical, _context_arg(context), self, _operand_strict(other), "and")

    def logical_or(self, other, context=None):
        return _run(_logical, _context_arg(context), self, _operand_strict(other), "or")

    def logical_xor(self, other, context=None):
        return _run(_logical, _context_arg(context), self, _operand_strict(other), "xor")

    def logical_invert(self, context=None):
        ctx = _context_arg(context)
        return _run(_logical, ctx, self, _dec(0, int("1" * ctx.prec), 0), "xor")

    # ---- pickling and copying ------------------------------------------------------------------
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Decimal.__module__ = "decimal"
_numbers.Number.register(Decimal)


def _eng_zero(e, caps):
    """Engineering notation of a zero with exponent e: the exponent raised to a multiple of 3."""
    shown = e + (-e) % 3
    body = "0." + "0" * (shown - e) if shown > e else "0"
    if shown == 0:
        return body
    return body + ("E" if caps else "e") + ("+" if shown > 0 else "") + str(shown)


def _from_float(f):
    if f != f:
        return _nan(1 if _math.copysign(1.0, f) < 0 else 0)
    if f in (float("inf"), float("-inf")):
        return _inf(1 if f < 0 else 0)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1  # d is a power of two
    return _dec(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if sign not in (0, 1):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if not isinstance(digits, tuple):
        if isinstance(digits, list):
            digits = tuple(digits)
        else:
            raise ValueError("coefficient must be a tuple of digits")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coeff = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + dgt
    if exp == "F":
        return sign, 0, 0, "F"
    if isinstance(exp, str):
        return sign, coeff, 0, exp
    return sign, coeff, exp, ""


def _negated(d):
    """The second operand of a subtraction: NaNs keep their sign."""
    return d if d._special in ("n", "N") else d.copy_negate()


# Builtin types whose own operators never accept a Decimal: an operator meeting one raises
# CPython's message at once, naming the C type "decimal.Decimal" as CPython does.
_FOREIGN = (float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None))
_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _binary_operand(self, other, op, reflected):
    d = _operand(other)
    if d is not None or type(other) not in _FOREIGN:
        return d
    if reflected and op == "*" and type(other) in _SEQUENCES:
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    names = (type(other).__name__, "decimal.Decimal") if reflected else ("decimal.Decimal", type(other).__name__)
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, names[0], names[1]))


def _operand(x):
    """The Decimal for an operand of an arithmetic operator, or None (NotImplemented)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    return None


def _operand_strict(x):
    """The Decimal for an argument of a method (ints convert, anything else is a TypeError)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _check_rounding(rounding):
    if rounding is not None and rounding not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


def _run(fn, ctx, *args):
    """Runs an operation collecting its conditions, then lets the context flag or raise them."""
    st = []
    result = fn(ctx, st, *args)
    if st:
        ctx._apply(st)
    return result


def _compare_values(a, b):
    """-1, 0 or 1 for the numeric order of two non-NaN Decimals."""
    if a._special == "F" or b._special == "F":
        # infinities: -inf < every finite number < +inf
        ra = 0 if a._special != "F" else (-1 if a._sign else 1)
        rb = 0 if b._special != "F" else (-1 if b._sign else 1)
        return (ra > rb) - (ra < rb)
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a, adj_b = a.adjusted(), b.adjusted()
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        e = min(a._exp, b._exp)
        ca = a._int * 10 ** (a._exp - e)
        cb = b._int * 10 ** (b._exp - e)
        r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


# ---- finishing a result -------------------------------------------------------------------------

def _fix(ctx, st, sign, c, e):
    """The finite result (sign, c, e) rounded and range-checked for the context."""
    p = ctx.prec
    emin, emax = ctx.Emin, ctx.Emax
    etiny = emin - p + 1
    etop = emax - p + 1
    if c == 0:
        top = etop if ctx.clamp else emax
        if e < etiny:
            e = etiny
            st.append(Clamped)
        elif e > top:
            e = top
            st.append(Clamped)
        return _dec(sign, 0, e)
    n = _ndigits(c)
    if e + n - 1 < emin:
        st.append(Subnormal)
        if e < etiny:
            c, inexact = _round_int(c, etiny - e, ctx.rounding, sign)
            e = etiny
            st.append(Rounded)
            if inexact:
                st.append(Inexact)
                st.append(Underflow)
                if c == 0:
                    st.append(Clamped)
        return _dec(sign, c, e)
    if n > p:
        c, inexact = _round_int(c, n - p, ctx.rounding, sign)
        e += n - p
        if c >= 10 ** p:
            c //= 10
            e += 1
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
        n = p
    else:
        n = _ndigits(c)
    if e + n - 1 > emax:
        st.extend((Overflow, Inexact, Rounded))
        r = ctx.rounding
        if r in (ROUND_DOWN, ROUND_05UP) or (r == ROUND_CEILING and sign) or (r == ROUND_FLOOR and not sign):
            return _dec(sign, 10 ** p - 1, etop)
        return _inf(sign)
    if ctx.clamp and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        st.append(Clamped)
    return _dec(sign, c, e)


def _fix_nan(ctx, d):
    """A NaN result keeps at most prec - clamp payload digits."""
    room = ctx.prec - ctx.clamp
    if d._int and _ndigits(d._int) > room:
        # the payload keeps its last prec - clamp digits
        return _dec(d._sign, d._int % 10 ** room if room > 0 else 0, 0, d._special)
    return d


def _nan_result(ctx, st, *ops):
    """The result of an operation with a NaN operand (None when there is none)."""
    for d in ops:
        if d._special == "N":
            st.append(InvalidOperation)
            return _fix_nan(ctx, _nan(d._sign, d._int))
    for d in ops:
        if d._special == "n":
            return _fix_nan(ctx, d)
    return None


def _invalid(st):
    st.append(InvalidOperation)
    return _nan()


# ---- arithmetic -------------------------------------------------------------------------------

def _add(ctx, st, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F" and a._sign != b._sign:
            return _invalid(st)
        return _inf(a._sign if a._special == "F" else b._sign)
    if a._int == 0 and b._int == 0:
        sign = a._sign & b._sign if ctx.rounding != ROUND_FLOOR else a._sign | b._sign
        return _fix(ctx, st, sign, 0, min(a._exp, b._exp))
    a, b = _trim_far_operand(ctx, a, b)
    e = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - e)
    vb = b._int * 10 ** (b._exp - e)
    total = (-va if a._sign else va) + (-vb if b._sign else vb)
    if total == 0:
        return _fix(ctx, st, 1 if ctx.rounding == ROUND_FLOOR else 0, 0, e)
    return _fix(ctx, st, 1 if total < 0 else 0, abs(total), e)


def _trim_far_operand(ctx, a, b):
    """When one operand lies wholly below the digits that can matter, it only decides the rounding:
    replace it by a one-digit stand-in so that aligning the exponents stays cheap."""
    if a._int == 0 or b._int == 0:
        return a, b
    big, small = (a, b) if a.adjusted() >= b.adjusted() else (b, a)
    limit = min(big._exp, big.adjusted() - ctx.prec - 1)
    if small.adjusted() < limit - 1 and limit - 2 > ctx.Emin - ctx.prec - 1:
        stand_in = _dec(small._sign, 1, limit - 2)
        return (big, stand_in) if big is a else (stand_in, big)
    return a, b


def _mul(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if (a._special == "F" and b.is_zero()) or (b._special == "F" and a.is_zero()):
            return _invalid(st)
        return _inf(sign)
    return _fix(ctx, st, sign, a._int * b._int, a._exp + b._exp)


def _div(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F":
            return _invalid(st)
        if a._special == "F":
            return _inf(sign)
        st.append(Clamped)
        return _fix(ctx, st, sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            st.append(DivisionUndefined)
            return _nan()
        st.append(DivisionByZero)
        return _inf(sign)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(ctx, st, sign, 0, ideal)
    shift = max(0, ctx.prec + _ndigits(b._int) - _ndigits(a._int) + 1)
    q, r = divmod(a._int * 10 ** shift, b._int)
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        q, e = _strip_zeros(q, e, ideal)
    return _fix(ctx, st, sign, q, e)


def _int_quotient(ctx, st, a, b):
    """(q, r) for finite nonzero b: the truncated integer quotient and the exact remainder
    (coefficient, exponent), or None after DivisionImpossible."""
    e = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - e)
    vb = b._int * 10 ** (b._exp - e)
    q, r = divmod(va, vb)
    if _ndigits(q) > ctx.prec:
        st.append(DivisionImpossible)
        return None
    return q, r, e


def _divint(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if a._special == "F" and b._special == "F":
            return _invalid(st)
        if a._special == "F":
            return _inf(sign)
        return _fix(ctx, st, sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            st.append(DivisionUndefined)
            return _nan()
        st.append(DivisionByZero)
        return _inf(sign)
    got = _int_quotient(ctx, st, a, b)
    if got is None:
        return _nan()
    return _fix(ctx, st, sign, got[0], 0)


def _rem(ctx, st, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if a._special == "F":
            return _invalid(st)
        return _fix(ctx, st, a._sign, a._int, a._exp)
    if b._int == 0:
        st.append(DivisionUndefined if a._int == 0 else InvalidOperation)
        return _nan()
    got = _int_quotient(ctx, st, a, b)
    if got is None:
        return _nan()
    return _fix(ctx, st, a._sign, got[1], got[2])


def _divmod(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return (r, r)
        if a._special == "F":
            if b._special == "F":
                n = _invalid(st)
                return (n, n)
            return (_inf(sign), _invalid(st))
        return (_fix(ctx, st, sign, 0, 0), _fix(ctx, st, a._sign, a._int, a._exp))
    if b._int == 0:
        if a._int == 0:
            st.append(DivisionUndefined)
            return (_nan(), _nan())
        st.append(DivisionByZero)
        st.append(InvalidOperation)
        return (_inf(sign), _nan())
    got = _int_quotient(ctx, st, a, b)
    if got is None:
        return (_nan(), _nan())
    q, r, e = got
    return (_fix(ctx, st, sign, q, 0), _fix(ctx, st, a._sign, r, e))


def _rem_near(ctx, st, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
        if a._special == "F":
            return _invalid(st)
        return _fix(ctx, st, a._sign, a._int, a._exp)
    if b._int == 0:
        st.append(DivisionUndefined if a._int == 0 else InvalidOperation)
        return _nan()
    e = min(a._exp, b._exp)
    va = a._int * 10 ** (a._exp - e)
    vb = b._int * 10 ** (b._exp - e)
    q, r = divmod(va, vb)
    if 2 * r > vb or (2 * r == vb and q % 2 == 1):
        q += 1
        r -= vb
    if _ndigits(q) > ctx.prec:
        st.append(DivisionImpossible)
        return _nan()
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(ctx, st, sign, r, e)


def _plus(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        return r if r is not None else a
    sign = a._sign if a._int else (1 if a._sign and ctx.rounding == ROUND_FLOOR else 0)
    return _fix(ctx, st, sign, a._int, a._exp)


def _minus(ctx, st, a):
    return _plus(ctx, st, a.copy_negate() if not a.is_nan() else a)


def _abs(ctx, st, a):
    return _plus(ctx, st, a.copy_abs() if not a.is_nan() else a)


def _fma(ctx, st, a, b, c):
    """a * b + c with a single rounding: the product is kept exact."""
    if (a._special == "F" and b.is_zero()) or (b._special == "F" and a.is_zero()):
        if a._special == "N" or b._special == "N" or c._special == "N":
            return _nan_result(ctx, st, a, b, c)
        return _invalid(st)
    r = _nan_result(ctx, st, a, b, c)
    if r is not None:
        return r
    sign = a._sign ^ b._sign
    if a._special or b._special:
        prod = _inf(sign)
    else:
        prod = _dec(sign, a._int * b._int, a._exp + b._exp)
    return _add(ctx, st, prod, c)


def _compare_op(ctx, st, a, b):
    if a.is_nan() or b.is_nan():
        return _nan_result(ctx, st, a, b)
    return Decimal(_compare_values(a, b))


def _compare_signal(ctx, st, a, b):
    if a.is_nan() or b.is_nan():
        st.append(InvalidOperation)
        r = _nan_result(ctx, [], a, b)
        return r
    return Decimal(_compare_values(a, b))


def _total_key(d):
    """Sort position of d in the total order (class rank, then value/payload details)."""
    if d._special == "n":
        return (3, d._int)
    if d._special == "N":
        return (2, d._int)
    return None


def _compare_total(a, b):
    if a._sign != b._sign:
        return Decimal(-1) if a._sign else Decimal(1)
    flip = -1 if a._sign else 1
    ka, kb = _total_key(a), _total_key(b)
    if ka or kb:
        ka = ka or (0,)
        kb = kb or (0,)
        r = (ka > kb) - (ka < kb)
        return Decimal(r * flip)
    c = _compare_values(a, b)
    if c == 0 and not a._special:
        c = (a._exp > b._exp) - (a._exp < b._exp)
        c *= flip
    return Decimal(c)


def _minmax(ctx, st, a, b, want_max, mag):
    if a.is_nan() or b.is_nan():
        if a._special == "N" or b._special == "N":
            return _nan_result(ctx, st, a, b)
        if a.is_nan() and b.is_nan():
            return _nan_result(ctx, st, a, b)
        other = b if a.is_nan() else a
        return other if other._special else _fix(ctx, st, other._sign, other._int, other._exp)
    c = _compare_values(a.copy_abs(), b.copy_abs()) if mag else 0
    if c == 0:
        c = _compare_values(a, b)
    if c == 0:
        # equal values: prefer by sign, then by exponent (the spec's total order)
        if a._sign != b._sign:
            c = -1 if a._sign else 1
        else:
            c = (a._exp > b._exp) - (a._exp < b._exp)
            if a._sign:
                c = -c
    pick = a if (c >= 0) == want_max else b
    if c == 0:
        pick = a
    return _fix(ctx, st, pick._sign, pick._int, pick._exp) if not pick._special else pick


def _max(ctx, st, a, b):
    return _minmax(ctx, st, a, b, True, False)


def _min(ctx, st, a, b):
    return _minmax(ctx, st, a, b, False, False)


def _max_mag(ctx, st, a, b):
    return _minmax(ctx, st, a, b, True, True)


def _min_mag(ctx, st, a, b):
    return _minmax(ctx, st, a, b, False, True)


def _normalize(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        return r if r is not None else a
    d = _fix(ctx, st, a._sign, a._int, a._exp)
    if d._special:
        return d
    if d._int == 0:
        return _dec(d._sign, 0, 0)
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    c, e = d._int, d._exp
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _dec(d._sign, c, e)


def _quantize(ctx, st, a, q, rounding):
    if a._special or q._special:
        r = _nan_result(ctx, st, a, q)
        if r is not None:
            return r
        if a._special == "F" and q._special == "F":
            return a
        return _invalid(st)
    e = q._exp
    if not (ctx.Emin - ctx.prec + 1 <= e <= ctx.Emax):
        return _invalid(st)
    rounding = rounding or ctx.rounding
    if a._int == 0:
        return _dec(a._sign, 0, e)
    if e >= a._exp:
        c, inexact = _round_int(a._int, e - a._exp, rounding, a._sign)
        dropped = e > a._exp
    else:
        c, inexact, dropped = a._int * 10 ** (a._exp - e), False, False
    if _ndigits(c) > ctx.prec:
        return _invalid(st)
    if dropped:
        st.append(Rounded)
    if inexact:
        st.append(Inexact)
    if c and e + _ndigits(c) - 1 < ctx.Emin:
        st.append(Subnormal)
        if inexact:
            st.append(Underflow)
    return _dec(a._sign, c, e)


def _to_integral(ctx, st, a, rounding, exact):
    if a._special:
        r = _nan_result(ctx, st, a)
        return r if r is not None else a
    if a._exp >= 0:
        return a
    if a._int == 0:
        return _dec(a._sign, 0, 0)
    rounding = rounding or ctx.rounding
    c, inexact = _round_int(a._int, -a._exp, rounding, a._sign)
    if exact:
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
    return _dec(a._sign, c, 0)


def _scaleb(ctx, st, a, b):
    if a._special or b._special:
        r = _nan_result(ctx, st, a, b)
        if r is not None:
            return r
    if b._special or b._exp != 0:
        return _invalid(st)
    limit = 2 * (ctx.Emax + ctx.prec)
    n = -b._int if b._sign else b._int
    if not -limit <= n <= limit:
        return _invalid(st)
    if a._special == "F":
        return a
    return _fix(ctx, st, a._sign, a._int, a._exp + n)


def _shift_count(ctx, st, b):
    if b._special or b._exp != 0:
        return None
    n = -b._int if b._sign else b._int
    if not -ctx.prec <= n <= ctx.prec:
        return None
    return n


def _shift(ctx, st, a, b):
    r = _nan_result(ctx, st, a, b)
    if r is not None:
        return r
    n = _shift_count(ctx, st, b)
    if n is None:
        return _invalid(st)
    if a._special == "F":
        return a
    c = a._int * 10 ** n if n >= 0 else a._int // 10 ** -n
    return _dec(a._sign, c % 10 ** ctx.prec, a._exp)


def _rotate(ctx, st, a, b):
    r = _nan_result(ctx, st, a, b)
    if r is not None:
        return r
    n = _shift_count(ctx, st, b)
    if n is None:
        return _invalid(st)
    if a._special == "F":
        return a
    p = ctx.prec
    digits = str(a._int % 10 ** p).rjust(p, "0")
    n %= p
    rotated = digits[n:] + digits[:n]
    return _dec(a._sign, int(rotated), a._exp)


def _logical_digits(d, ctx):
    if d._special or d._sign or d._exp != 0 or any(ch not in "01" for ch in str(d._int)):
        return None
    return str(d._int).rjust(ctx.prec, "0")[-ctx.prec:]


def _logical(ctx, st, a, b, op):
    da, db = _logical_digits(a, ctx), _logical_digits(b, ctx)
    if da is None or db is None:
        return _invalid(st)
    out = []
    for x, y in zip(da, db):
        x, y = x == "1", y == "1"
        v = (x and y) if op == "and" else (x or y) if op == "or" else (x != y)
        out.append("1" if v else "0")
    return _dec(0, int("".join(out)), 0)


def _logb(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        return r if r is not None else _inf(0)
    if a._int == 0:
        st.append(DivisionByZero)
        return _inf(1)
    return _fix(ctx, st, *_sign_int(a.adjusted()))


def _sign_int(n):
    return (1 if n < 0 else 0, abs(n), 0)


def _next_plus(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        if r is not None:
            return r
        if a._sign:
            return _dec(1, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return a
    return _step(ctx, a, 0)


def _next_minus(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        if r is not None:
            return r
        if not a._sign:
            return _dec(0, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        return a
    return _step(ctx, a, 1)


def _step(ctx, a, direction_sign):
    """The closest representable number above (direction_sign 0) or below (1) a."""
    etiny = ctx.Emin - ctx.prec + 1
    # a nudge below both the last digit of a and the smallest representable step
    tiny = _dec(direction_sign, 1, min(etiny, a._exp) - 2)
    rounding = ROUND_CEILING if direction_sign == 0 else ROUND_FLOOR
    work = ctx.copy()
    work.rounding = rounding
    return _add(work, [], a, tiny)  # next_plus/next_minus raise no conditions


def _next_toward(ctx, st, a, b):
    r = _nan_result(ctx, st, a, b)
    if r is not None:
        return r
    c = _compare_values(a, b)
    if c == 0:
        return _dec(b._sign, a._int, a._exp, a._special)
    res = _next_plus(ctx, [], a) if c < 0 else _next_minus(ctx, [], a)
    if res._special == "F":
        st.extend((Overflow, Inexact, Rounded))
    elif res._int == 0 or res.adjusted() < ctx.Emin:
        st.extend((Underflow, Subnormal, Inexact, Rounded))
        if res._int == 0:
            st.append(Clamped)
    return res


def _sqrt(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return a
    if a._int == 0:
        return _fix(ctx, st, a._sign, 0, a._exp // 2)
    if a._sign:
        return _invalid(st)
    ideal = a._exp // 2
    c, e = a._int, a._exp
    if e % 2:
        c *= 10
        e -= 1
    k = max(0, ctx.prec + 1 - (_ndigits(c) + 1) // 2)
    c *= 100 ** k
    e -= 2 * k
    s = _math.isqrt(c)
    e //= 2
    if s * s == c:
        s, e = _strip_zeros(s, e, ideal)
    else:
        s = s * 10 + 1
        e -= 1
    work = ctx.copy()
    work.rounding = ROUND_HALF_EVEN
    return _fix(work, st, 0, s, e)


# ---- powers -----------------------------------------------------------------------------------

def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0:
        return True
    return d._int % 10 ** -d._exp == 0


def _integral_value(d):
    v = d._int * 10 ** d._exp if d._exp >= 0 else d._int // 10 ** -d._exp
    return -v if d._sign else v


def _pow(ctx, st, a, b):
    r = _nan_result(ctx, st, a, b)
    if r is not None:
        return r
    b_int = _is_integral(b)
    if a._special != "F" and a._int == 0:
        if b._special != "F" and b._int == 0:
            return _invalid(st)
        sign = a._sign if b_int and _integral_value(b) % 2 == 1 else 0
        if b._sign:
            return _inf(sign)
        return _fix(ctx, st, sign, 0, 0)
    if a._sign and not b_int and not b.is_zero():
        if b._special == "F":
            pass
        else:
            return _invalid(st)
    result_sign = a._sign if (b_int and _integral_value(b) % 2 == 1) else 0
    if a._special == "F":
        if b._special != "F" and b._int == 0:
            return _fix(ctx, st, 0, 1, 0)
        if b._sign:
            return _fix(ctx, st, result_sign, 0, 0)
        return _inf(result_sign)
    if b._special == "F":
        if a._sign:
            return _invalid(st)
        c = _compare_values(a, Decimal(1))
        if c == 0:
            st.extend((Inexact, Rounded))
            return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if (c > 0) != bool(b._sign):
            return _inf(0)
        return _fix(ctx, st, 0, 0, 0)
    if b._int == 0:
        return _fix(ctx, st, 0, 1, 0)
    if b_int:
        return _int_pow(ctx, st, a, _integral_value(b), result_sign)
    from decimal._transcendental import power_nonint
    return power_nonint(ctx, st, a, b)


def _int_pow(ctx, st, a, n, sign):
    """a ** n for an integer n, rounded once when the exact power is affordable."""
    digits = _ndigits(a._int)
    if abs(n) * digits <= 4 * ctx.prec + 200 or a._int == 1:
        c = a._int ** abs(n)
        e = a._exp * abs(n)
        if n > 0:
            return _fix(ctx, st, sign, c, e)
        return _div(ctx, st, _dec(sign, 1, 0), _dec(0, c, e))
    # too large to compute exactly: square-and-multiply with guard digits
    extra = len(str(abs(n))) + 10
    work = Context(prec=ctx.prec + extra, rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX)
    wst = []
    result = _dec(0, 1, 0)
    base = a.copy_abs()
    k = abs(n)
    while k:
        if k & 1:
            result = _mul(work, wst, result, base)
        k >>= 1
        if k:
            base = _mul(work, wst, base, base)
    if n < 0:
        result = _div(work, wst, _dec(0, 1, 0), result)
    if result._special:
        return _fix(ctx, st, sign, 1, MAX_EMAX * (1 if n > 0 else -1))
    c, e = result._int * 10 + 1, result._exp - 1  # the guard digits are inexact: keep a sticky digit
    return _fix(ctx, st, sign, c, e)


def _powmod(ctx, st, a, b, m):
    r = _nan_result(ctx, st, a, b, m)
    if r is not None:
        return r
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)) or a._special or b._special or m._special:
        return _invalid(st)
    mod = abs(_integral_value(m))
    e = _integral_value(b)
    if e < 0 or mod == 0 or _ndigits(mod) > ctx.prec or (a.is_zero() and e == 0):
        return _invalid(st)
    # the result takes the sign of a ** e (the remainder of a truncating division)
    v = pow(abs(_integral_value(a)), e, mod)
    return _dec(a._sign if e % 2 == 1 else 0, v, 0)


def _exp_op(ctx, st, a):
    from decimal._transcendental import exp_op
    return exp_op(ctx, st, a)


def _ln_op(ctx, st, a):
    from decimal._transcendental import ln_op
    return ln_op(ctx, st, a)


def _log10_op(ctx, st, a):
    from decimal._transcendental import log10_op
    return log10_op(ctx, st, a)


# ---- contexts ---------------------------------------------------------------------------------

_BAD_SIGNAL = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")


class _SignalDict(dict):
    """A context's flags or traps: one bool per signal, in C decimal's order."""

    def __init__(self, values=None):
        dict.__init__(self, ((s, False) for s in _SIGNALS))
        if values:
            for s in values:
                self[s] = True

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_BAD_SIGNAL)
        dict.__setitem__(self, key, bool(value))

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(_BAD_SIGNAL)
        return dict.__getitem__(self, key)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def copy(self):
        return _SignalDict([s for s in _SIGNALS if dict.__getitem__(self, s)])

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, dict.__getitem__(self, s)) for s in _SIGNALS) + "}"


def _signal_dict(value, what):
    if isinstance(value, _SignalDict):
        return value.copy()
    if isinstance(value, dict):
        d = _SignalDict()
        if len(value) != len(_SIGNALS) or any(k not in _SIGNALS for k in value):
            raise KeyError("invalid signal dict")
        for k, v in value.items():
            d[k] = v
        return d
    try:
        items = list(value)
    except TypeError:
        raise TypeError("argument must be a signal dict") from None
    for s in items:
        if s not in _SIGNALS:
            raise KeyError(_BAD_SIGNAL)
    return _SignalDict(items)


def _int_attr(value, name, lo, hi):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not -(1 << 63) <= value < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    if not lo <= value <= hi:
        raise ValueError(name)
    return value


class Context(object):
    """The context for arithmetic operations: precision, rounding, exponent limits,
    flags (conditions that happened) and traps (conditions that raise)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        base = DefaultContext if DefaultContext is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            self.traps = base.traps.copy() if base else _SignalDict([InvalidOperation, DivisionByZero, Overflow])
        else:
            self.traps = _signal_dict(traps, "traps")
        if flags is None:
            self.flags = _SignalDict()
        else:
            self.flags = _signal_dict(flags, "flags")

    def __setattr__(self, name, value):
        if name == "prec":
            value = _int_attr(value, "valid range for prec is [1, MAX_PREC]", 1, MAX_PREC)
        elif name == "Emin":
            value = _int_attr(value, "valid range for Emin is [MIN_EMIN, 0]", MIN_EMIN, 0)
        elif name == "Emax":
            value = _int_attr(value, "valid range for Emax is [0, MAX_EMAX]", 0, MAX_EMAX)
        elif name == "capitals":
            value = _int_attr(value, "valid values for capitals are 0 or 1", 0, 1)
        elif name == "clamp":
            value = _int_attr(value, "valid values for clamp are 0 or 1", 0, 1)
        elif name == "rounding":
            if not isinstance(value, str) or value not in _ROUNDINGS:
                _check_rounding(0)
        elif name in ("flags", "traps"):
            # assigned later, it must be a dict of every signal (lists only in the constructor)
            if not isinstance(value, dict):
                raise TypeError("argument must be a signal dict")
            value = _signal_dict(value, name)
        elif name != "_ignored":
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def _apply(self, conditions):
        """Sets the flags of the conditions an operation raised; raises the trapped ones."""
        trapped = []
        flags, traps = self.flags, self.traps
        for cond in conditions:
            sig = _SIGNAL_OF[cond]
            dict.__setitem__(flags, sig, True)
            if dict.__getitem__(traps, sig) and cond not in trapped:
                trapped.append(cond)
        if trapped:
            listed = [c for c in _REPORT_ORDER if c in trapped]
            first = [s for s in _SIGNALS if any(_signal_of(c) is s for c in trapped)][0]
            raise first(listed)

    def __repr__(self):
        def names(d):
            return "[" + ", ".join(s.__name__ for s in _REPR_ORDER if dict.__getitem__(d, s)) + "]"
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   names(self.flags), names(self.traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                          [s for s in _SIGNALS if self.flags[s]], [s for s in _SIGNALS if self.traps[s]]))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            d = _nan()
            self._apply([ConversionSyntax])
            return d
        if isinstance(num, float):
            self._apply([FloatOperation])
            d = _from_float(num)
        else:
            d = Decimal(num, context=self)
        if d._special:
            if d.is_nan() and d._int and _ndigits(d._int) > self.prec - self.clamp:
                self._apply([ConversionSyntax])
                return _nan()
            return d
        return _run(lambda ctx, st, x: _fix(ctx, st, x._sign, x._int, x._exp), self, d)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return _run(lambda ctx, st, x: _fix(ctx, st, x._sign, x._int, x._exp), self, d)

    # operations as context methods: operands may be ints
    def _op(self, fn, *args):
        return _run(fn, self, *[_operand_strict(a) for a in args])

    def abs(self, a):
        return self._op(_abs, a)

    def add(self, a, b):
        return self._op(_add, a, b)

    def subtract(self, a, b):
        return _run(_add, self, _operand_strict(a), _negated(_operand_strict(b)))

    def multiply(self, a, b):
        return self._op(_mul, a, b)

    def divide(self, a, b):
        return self._op(_div, a, b)

    def divide_int(self, a, b):
        return self._op(_divint, a, b)

    def divmod(self, a, b):
        return self._op(_divmod, a, b)

    def remainder(self, a, b):
        return self._op(_rem, a, b)

    def remainder_near(self, a, b):
        return self._op(_rem_near, a, b)

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._op(_pow, a, b)
        return self._op(_powmod, a, b, modulo)

    def plus(self, a):
        return self._op(_plus, a)

    def minus(self, a):
        return self._op(_minus, a)

    def fma(self, a, b, c):
        return self._op(_fma, a, b, c)

    def compare(self, a, b):
        return self._op(_compare_op, a, b)

    def compare_signal(self, a, b):
        return self._op(_compare_signal, a, b)

    def compare_total(self, a, b):
        return _operand_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _operand_strict(a).compare_total_mag(b)

    def max(self, a, b):
        return self._op(_max, a, b)

    def min(self, a, b):
        return self._op(_min, a, b)

    def max_mag(self, a, b):
        return self._op(_max_mag, a, b)

    def min_mag(self, a, b):
        return self._op(_min_mag, a, b)

    def sqrt(self, a):
        return self._op(_sqrt, a)

    def exp(self, a):
        return self._op(_exp_op, a)

    def ln(self, a):
        return self._op(_ln_op, a)

    def log10(self, a):
        return self._op(_log10_op, a)

    def logb(self, a):
        return self._op(_logb, a)

    def normalize(self, a):
        return self._op(_normalize, a)

    def quantize(self, a, b):
        return _run(_quantize, self, _operand_strict(a), _operand_strict(b), None)

    def to_integral_value(self, a):
        return _run(_to_integral, self, _operand_strict(a), None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _run(_to_integral, self, _operand_strict(a), None, True)

    def next_plus(self, a):
        return self._op(_next_plus, a)

    def next_minus(self, a):
        return self._op(_next_minus, a)

    def next_toward(self, a, b):
        return self._op(_next_toward, a, b)

    def scaleb(self, a, b):
        return self._op(_scaleb, a, b)

    def shift(self, a, b):
        return self._op(_shift, a, b)

    def rotate(self, a, b):
        return self._op(_rotate, a, b)

    def same_quantum(self, a, b):
        return _operand_strict(a).same_quantum(b)

    def logical_and(self, a, b):
        return _operand_strict(a).logical_and(b, self)

    def logical_or(self, a, b):
        return _operand_strict(a).logical_or(b, self)

    def logical_xor(self, a, b):
        return _operand_strict(a).logical_xor(b, self)

    def logical_invert(self, a):
        return _operand_strict(a).logical_invert(self)

    def copy_abs(self, a):
        return _operand_strict(a).copy_abs()

    def copy_negate(self, a):
        return _operand_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _operand_strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_operand_strict(a))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def number_class(self, a):
        return _operand_strict(a).number_class(self)

    def to_sci_string(self, a):
        return _operand_strict(a).to_sci_string(self)

    def to_eng_string(self, a):
        return _operand_strict(a).to_eng_string(self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _operand_strict(a).is_finite()

    def is_infinite(self, a):
        return _operand_strict(a).is_infinite()

    def is_nan(self, a):
        return _operand_strict(a).is_nan()

    def is_qnan(self, a):
        return _operand_strict(a).is_qnan()

    def is_snan(self, a):
        return _operand_strict(a).is_snan()

    def is_signed(self, a):
        return _operand_strict(a).is_signed()

    def is_zero(self, a):
        return _operand_strict(a).is_zero()

    def is_normal(self, a):
        return _operand_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _operand_strict(a).is_subnormal(self)


Context.__module__ = "decimal"

DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, DivisionByZero, InvalidOperation, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])


# ---- the current context, one per thread ------------------------------------------------------

import threading as _threading

_local = _threading.local()
# pygil's threading exposes the calling thread's dict of a local directly (attribute access on a
# local runs Python code); elsewhere the local's __dict__ is the same dict.
_thread_dict = getattr(_threading, "_local_dict", None) or (lambda loc: loc.__dict__)


def getcontext():
    """The current thread's context (a copy of DefaultContext on first use)."""
    d = _thread_dict(_local)
    ctx = d.get("context")
    if ctx is None:
        ctx = DefaultContext.copy()
        d["context"] = ctx
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _thread_dict(_local)["context"] = context


def _context_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)
        return False


_LOCALCONTEXT_KEYS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context) current
    inside the with block, with the given attributes changed."""
    new = _context_arg(ctx).copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


# CPython's decimal is C code (_decimal): messages name its types "decimal.Decimal" and
# "decimal.Context", and no frame of this package shows in a traceback
import _pygil_types
_pygil_types.set_c_name(Decimal, "decimal.Decimal")
_pygil_types.set_c_name(Context, "decimal.Context")
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if callable(_v) and str(getattr(_v, '__module__', '')).startswith('decimal')])
del _pygil_types
