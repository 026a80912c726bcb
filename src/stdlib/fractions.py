"""Fraction, a rational number with exact arithmetic: Fraction(1, 3) + Fraction(1, 6) is
Fraction(1, 2).

A Fraction is made from two integers (numerator, denominator), another Fraction, an int, a
float or Decimal (exactly: Fraction(0.1) is Fraction(3602879701896397, 36028797018963968)),
or a string such as '3/4', '-1.25' or '1e-3'. It is always kept in lowest terms with a
positive denominator. Arithmetic with ints and Fractions stays exact; with a float it gives
a float, with a complex a complex.

This module was written for pygil from the documented behaviour of CPython 3.11's fractions.
"""

import math
import sys

__all__ = ['Fraction']

# The hash of a rational number m/n is defined (for all numeric types alike) modulo this
# prime; see "Hashing of numeric types" in the Python documentation.
# (CPython's values on 64-bit machines where sys.hash_info is missing)
_HASH_MODULUS = getattr(getattr(sys, 'hash_info', None), 'modulus', 2 ** 61 - 1)
_HASH_INF = getattr(getattr(sys, 'hash_info', None), 'inf', 314159)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _digit_run(text, position):
    """End of a run of digits with single underscores between them (\\d+(_\\d+)*) starting
    at position, or None."""
    end = position
    if end >= len(text) or not text[end].isdigit():
        return None
    while True:
        while end < len(text) and text[end].isdigit():
            end += 1
        if end + 1 < len(text) and text[end] == '_' and text[end + 1].isdigit():
            end += 1
            continue
        return end


def _parse(text):
    """(numerator, denominator) of a Fraction literal, or None if it is not one."""
    text = text.strip()
    position = 0
    negative = False
    if text[:1] in ('+', '-'):
        negative = text[0] == '-'
        position = 1
    # Digits, or a point followed by a digit, must come first.
    starts_with_digit = position < len(text) and text[position].isdigit()
    starts_with_point = (text[position:position + 1] == '.'
                         and position + 1 < len(text) and text[position + 1].isdigit())
    if not starts_with_digit and not starts_with_point:
        return None
    end = _digit_run(text, position)
    number_text = '' if end is None else text[position:end]
    position = position if end is None else end
    numerator = int(number_text.replace('_', '') or '0')
    denominator = 1
    if text[position:position + 1] == '/':
        end = _digit_run(text, position + 1)
        if end is None or end != len(text) or not number_text:
            return None
        denominator = int(text[position + 1:end].replace('_', ''))
    else:
        if text[position:position + 1] == '.':
            position += 1
            end = _digit_run(text, position)
            if end is not None:
                decimals = text[position:end].replace('_', '')
                scale = 10 ** len(decimals)
                numerator = numerator * scale + int(decimals)
                denominator *= scale
                position = end
        if text[position:position + 1] in ('e', 'E'):
            position += 1
            exponent_start = position
            if text[position:position + 1] in ('+', '-'):
                position += 1
            end = _digit_run(text, position)
            if end is None:
                return None
            exponent = int(text[exponent_start:end].replace('_', ''))
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
            position = end
        if position != len(text):
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """A rational number numerator/denominator, in lowest terms with a positive
    denominator. Fraction(8, 6) is Fraction(4, 3); Fraction() is 0. Made from two
    Rationals, one Rational, a float or Decimal (exactly), or a string like '3/4', '-2.5'
    or '1e-3'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            divisor = math.gcd(numerator, denominator)
            if denominator < 0:
                divisor = -divisor
            numerator //= divisor
            denominator //= divisor
        self._numerator = int(numerator)
        self._denominator = int(denominator)
        return self

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (Fraction.from_float(0.3) is not 3/10)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to the Decimal dec."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        """
        # The best approximations come from the continued fraction of self: the last
        # convergent p1/q1 within the limit, or the best semiconvergent between it and
        # the one before (the nearer of the two; the convergent on a tie).
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact with Rationals, float with floats, complex with complex

    def _operands(self, other):
        """(kind, value): 'rational' with other as a Fraction, 'float' or 'complex'."""
        if isinstance(other, Fraction):
            return 'rational', other
        if isinstance(other, int):
            return 'rational', Fraction(other)
        if isinstance(other, float):
            return 'float', other
        if isinstance(other, complex):
            return 'complex', other
        return None, None

    def _binary(self, other, exact, inexact, reflected):
        kind, value = self._operands(other)
        if kind is None:
            return NotImplemented
        if kind == 'rational':
            return exact(value, self) if reflected else exact(self, value)
        mine = float(self) if kind == 'float' else complex(float(self))
        return inexact(value, mine) if reflected else inexact(mine, value)

    def __add__(a, b):
        return a._binary(b, _add, lambda x, y: x + y, False)

    def __radd__(b, a):
        return b._binary(a, _add, lambda x, y: x + y, True)

    def __sub__(a, b):
        return a._binary(b, _sub, lambda x, y: x - y, False)

    def __rsub__(b, a):
        return b._binary(a, _sub, lambda x, y: x - y, True)

    def __mul__(a, b):
        return a._binary(b, _mul, lambda x, y: x * y, False)

    def __rmul__(b, a):
        return b._binary(a, _mul, lambda x, y: x * y, True)

    def __truediv__(a, b):
        return a._binary(b, _div, lambda x, y: x / y, False)

    def __rtruediv__(b, a):
        return b._binary(a, _div, lambda x, y: x / y, True)

    def __floordiv__(a, b):
        return a._binary(b, _floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(b, a):
        return b._binary(a, _floordiv, lambda x, y: x // y, True)

    def __divmod__(a, b):
        return a._binary(b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, _divmod, divmod, True)

    def __mod__(a, b):
        return a._binary(b, _mod, lambda x, y: x % y, False)

    def __rmod__(b, a):
        return b._binary(a, _mod, lambda x, y: x % y, True)

    def __pow__(a, b):
        """a ** b: a Fraction for an integer b, else a float (or complex)."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    # What numbers.Real gives every real number (Fraction is only registered with it here).
    @property
    def real(self):
        """The real part: the fraction itself (a copy)."""
        return +self

    @property
    def imag(self):
        """The imaginary part: 0."""
        return 0

    def conjugate(self):
        """The complex conjugate: the fraction itself (a copy)."""
        return +self

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        """int(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        """math.trunc(a)"""
        return a.__int__()

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits)

        Rounds half toward even.
        """
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        """hash(self)"""
        # As the documentation defines it for every rational number m/n.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction) or isinstance(b, int):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


# The exact operations, on two Fractions.

def _add(a, b):
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _sub(a, b):
    return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    if b.numerator == 0:
        # CPython's message shows the numerator after cancelling with 0: its sign.
        sign = (a.numerator > 0) - (a.numerator < 0)
        raise ZeroDivisionError('Fraction(%d, 0)' % sign)
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    quotient, remainder = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
    return quotient, Fraction(remainder, a.denominator * b.denominator)


def _mod(a, b):
    remainder = (a.numerator * b.denominator) % (b.numerator * a.denominator)
    return Fraction(remainder, a.denominator * b.denominator)


try:
    import numbers as _numbers
except ImportError:
    pass
else:
    _numbers.Rational.register(Fraction)
