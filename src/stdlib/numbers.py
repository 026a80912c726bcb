"""Abstract base classes for numbers, from the most general to the most specific (PEP 3141):

    Number  >  Complex  >  Real  >  Rational  >  Integral

A class that derives from one of them must implement its abstract methods; a class that
already behaves like one may be registered instead. The built-in types are registered at
their level (complex, float, int), so isinstance(2, numbers.Real) is true.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


# The abstract operations are declared through these makers rather than spelled out one by
# one: each returns an abstract function with the given name, parameters and docstring,
# whose body only says it is not implemented.

def _abstract_op(owner, name, doc, *params):
    """An abstract method `name` of class `owner` taking (self, *params)."""
    if params == ('other',):
        def operation(self, other):
            raise NotImplementedError
    elif params == ():
        def operation(self):
            raise NotImplementedError
    elif params == ('exponent',):
        def operation(self, exponent):
            raise NotImplementedError
    elif params == ('base',):
        def operation(self, base):
            raise NotImplementedError
    elif params == ('ndigits=None',):
        def operation(self, ndigits=None):
            raise NotImplementedError
    elif params == ('exponent', 'modulus=None'):
        def operation(self, exponent, modulus=None):
            raise NotImplementedError
    else:
        raise AssertionError(params)
    operation.__name__ = name
    operation.__qualname__ = owner + '.' + name
    operation.__doc__ = doc
    return abstractmethod(operation)


def _abstract_property(owner, name, doc):
    """An abstract read-only property `name` of class `owner`."""
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    getter.__qualname__ = owner + '.' + name
    getter.__doc__ = doc
    return property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) tells whether x is any kind of number."""

    __slots__ = ()

    # Equal numbers of different types must hash alike, which only a concrete class can
    # arrange; so a subclass is unhashable until it defines __hash__.
    __hash__ = None


class Complex(Number):
    """Numbers with + - * / **, abs(), real and imaginary parts, conjugate() and complex().

    Subtraction and truth come for free, from addition, negation and comparison with 0."""

    __slots__ = ()

    __complex__ = _abstract_op('Complex', '__complex__', 'Convert to a built-in complex.')
    real = _abstract_property('Complex', 'real', 'The real component of the number.')
    imag = _abstract_property('Complex', 'imag', 'The imaginary component of the number.')

    __add__ = _abstract_op('Complex', '__add__', 'Return self + other.', 'other')
    __radd__ = _abstract_op('Complex', '__radd__', 'Return other + self.', 'other')
    __neg__ = _abstract_op('Complex', '__neg__', 'Return -self.')
    __pos__ = _abstract_op('Complex', '__pos__', 'Return +self.')
    __mul__ = _abstract_op('Complex', '__mul__', 'Return self * other.', 'other')
    __rmul__ = _abstract_op('Complex', '__rmul__', 'Return other * self.', 'other')
    __truediv__ = _abstract_op('Complex', '__truediv__', 'Return self / other.', 'other')
    __rtruediv__ = _abstract_op('Complex', '__rtruediv__', 'Return other / self.', 'other')
    __pow__ = _abstract_op('Complex', '__pow__', 'Return self ** exponent.', 'exponent')
    __rpow__ = _abstract_op('Complex', '__rpow__', 'Return base ** self.', 'base')
    __abs__ = _abstract_op('Complex', '__abs__', 'Return the magnitude, a Real.')
    conjugate = _abstract_op('Complex', 'conjugate', 'Return the complex conjugate.')
    __eq__ = _abstract_op('Complex', '__eq__', 'Return self == other.', 'other')

    def __bool__(self):
        """A number is true when it is not equal to zero."""
        return self != 0

    def __sub__(self, other):
        """Subtraction as addition of the negated operand."""
        return self + -other

    def __rsub__(self, other):
        """other - self, computed as (-self) + other."""
        return -self + other


class Real(Complex):
    """Complex numbers with no imaginary part: ordered, rounded (round, math.floor,
    math.ceil, math.trunc), divided with // and %, and converted with float().

    As Complex numbers they are their own real part and conjugate, with imag 0."""

    __slots__ = ()

    __float__ = _abstract_op('Real', '__float__', 'Convert to a built-in float.')
    __trunc__ = _abstract_op('Real', '__trunc__', 'Round towards zero to an Integral.')
    __floor__ = _abstract_op('Real', '__floor__', 'Round down to an Integral.')
    __ceil__ = _abstract_op('Real', '__ceil__', 'Round up to an Integral.')
    __round__ = _abstract_op(
        'Real', '__round__',
        'Round to ndigits decimal places (an Integral when ndigits is None), '
        'ties to even.', 'ndigits=None')
    __floordiv__ = _abstract_op('Real', '__floordiv__', 'Return self // other.', 'other')
    __rfloordiv__ = _abstract_op('Real', '__rfloordiv__', 'Return other // self.', 'other')
    __mod__ = _abstract_op('Real', '__mod__', 'Return self % other.', 'other')
    __rmod__ = _abstract_op('Real', '__rmod__', 'Return other % self.', 'other')
    __lt__ = _abstract_op('Real', '__lt__', 'Return self < other.', 'other')
    __le__ = _abstract_op('Real', '__le__', 'Return self <= other.', 'other')

    def __divmod__(self, other):
        """The pair (self // other, self % other)."""
        quotient = self // other
        return (quotient, self % other)

    def __rdivmod__(self, other):
        """The pair (other // self, other % self)."""
        quotient = other // self
        return (quotient, other % self)

    def __complex__(self):
        """The number as a built-in complex with a zero imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


class Rational(Real):
    """Real numbers that are a ratio of two Integrals, numerator / denominator, in lowest
    terms with a positive denominator."""

    __slots__ = ()

    numerator = _abstract_property('Rational', 'numerator', 'The numerator, in lowest terms.')
    denominator = _abstract_property('Rational', 'denominator',
                                     'The denominator, in lowest terms and positive.')

    def __float__(self):
        """The ratio as a float, divided as ints so huge terms still round correctly."""
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Whole numbers: bitwise operators, shifts, three-argument pow(), int() and
    operator.index(). As Rationals they are their own numerator over 1."""

    __slots__ = ()

    __int__ = _abstract_op('Integral', '__int__', 'Convert to a built-in int.')
    __pow__ = _abstract_op('Integral', '__pow__',
                           'Return self ** exponent, or pow(self, exponent, modulus).',
                           'exponent', 'modulus=None')
    __lshift__ = _abstract_op('Integral', '__lshift__', 'Return self << other.', 'other')
    __rlshift__ = _abstract_op('Integral', '__rlshift__', 'Return other << self.', 'other')
    __rshift__ = _abstract_op('Integral', '__rshift__', 'Return self >> other.', 'other')
    __rrshift__ = _abstract_op('Integral', '__rrshift__', 'Return other >> self.', 'other')
    __and__ = _abstract_op('Integral', '__and__', 'Return self & other.', 'other')
    __rand__ = _abstract_op('Integral', '__rand__', 'Return other & self.', 'other')
    __xor__ = _abstract_op('Integral', '__xor__', 'Return self ^ other.', 'other')
    __rxor__ = _abstract_op('Integral', '__rxor__', 'Return other ^ self.', 'other')
    __or__ = _abstract_op('Integral', '__or__', 'Return self | other.', 'other')
    __ror__ = _abstract_op('Integral', '__ror__', 'Return other | self.', 'other')
    __invert__ = _abstract_op('Integral', '__invert__', 'Return ~self.')

    def __index__(self):
        """Lets the number serve as an index or slice bound."""
        return int(self)

    def __float__(self):
        """The number as a built-in float, via int()."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is always 1."""
        return 1


# The built-in numbers, each at the most specific level it satisfies.
Complex.register(complex)
Real.register(float)
Integral.register(int)
