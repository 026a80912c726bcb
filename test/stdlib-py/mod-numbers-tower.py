# numbers: abstract method sets per level, the concrete defaults, registration of built-ins
import inspect
import numbers

levels = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for cls in levels:
    print(cls.__name__, sorted(cls.__abstractmethods__))
    print('  ', [t.__name__ for t in (int, float, complex, bool, str) if issubclass(t, cls)])
print(numbers.Number.__hash__, numbers.__all__)
print(inspect.signature(numbers.Integral.__pow__), inspect.signature(numbers.Real.__round__))
print(numbers.Complex.__add__.__name__, numbers.Complex.__add__.__qualname__)
print(isinstance(numbers.Complex.real, property), numbers.Rational.numerator.__isabstractmethod__)
try:
    numbers.Real()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])


class Meters(numbers.Real):
    """A real number in metres, backed by a float."""
    def __init__(self, v): self.v = float(v)
    def __repr__(self): return 'Meters(%r)' % self.v
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __eq__(self, o): return self.v == float(o)
    __hash__ = None
    def __add__(self, o): return Meters(self.v + float(o))
    __radd__ = __add__
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate())
print(bool(m), bool(Meters(0)), isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))


class Ratio(numbers.Rational):
    def __init__(self, n, d): self._n, self._d = n, d
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
    for _name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
        locals()[_name] = lambda self, *a: NotImplemented
    del _name


print(float(Ratio(10**400, 3 * 10**399)), float(Ratio(1, 8)))


class Small(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    for _name in sorted(numbers.Integral.__abstractmethods__ - {'__int__'}):
        locals()[_name] = lambda self, *a: NotImplemented
    del _name


s = Small(5)
print(float(s), s.denominator, type(s.numerator), [10, 20, 30, 40, 50, 60][s], s.__index__())
print(bin(Small(6)), hex(Small(255)), issubclass(Small, numbers.Real))
numbers.Integral.register(type('Registered', (), {}))
print([c.__name__ for c in numbers.Integral.__subclasses__()])
