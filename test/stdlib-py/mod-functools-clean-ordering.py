# functools: total_ordering from each root (results, NotImplemented passed on, the derived
# methods' names), partialmethod (repr, nesting, descriptors, abstract methods, signature),
# and lru_cache's argument forms and cache_parameters.
import abc
import functools
import inspect


def ordered(root):
    class Num:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return isinstance(other, Num) and self.v == other.v

        def __repr__(self):
            return 'Num(%r)' % self.v

    def compare(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return {'__lt__': self.v < other.v, '__le__': self.v <= other.v,
                '__gt__': self.v > other.v, '__ge__': self.v >= other.v}[root]
    setattr(Num, root, compare)
    return functools.total_ordering(Num)


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    Num = ordered(root)
    a, b, c = Num(1), Num(2), Num(1)
    print(root, [(a < b, a <= b, a > b, a >= b), (b < a, b <= a, b > a, b >= a), (a < c, a <= c, a > c, a >= c)])
    print('   ', [(op, getattr(Num, op).__name__, getattr(Num, op).__qualname__.split('.')[-1])
                  for op in ('__lt__', '__le__', '__gt__', '__ge__') if op != root])
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        print('   ', op, getattr(a, op)(5), end='')
    print()
    try:
        a < 5
    except TypeError as e:
        print('    TypeError', e)


@functools.total_ordering
class Loose:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v - other.v if self.v < other.v else 0     # truthy, not a bool


print(Loose(1) > Loose(3), Loose(1) <= Loose(3), Loose(3) <= Loose(1), Loose(2) >= Loose(2))
try:
    functools.total_ordering(type('Bare', (), {}))
except ValueError as e:
    print('ValueError', e)


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value, *, note=''):
        self.state = (value, note)
        return self

    def describe(self, *args, **kw):
        return (type(self).__name__, args, kw)

    on = functools.partialmethod(set, True)
    off = functools.partialmethod(set, False, note='manual')
    chain = functools.partialmethod(functools.partialmethod(describe, 1, k=1), 2, k=2, j=3)
    made = functools.partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 'x')
    static = functools.partialmethod(staticmethod(lambda *a: a), 's')

    @abc.abstractmethod
    def todo(self, a, b):
        pass

    later = functools.partialmethod(todo, 1)


c = Cell()
print(c.on().state, c.off().state, c.on(note='n').state, c.chain('z'), Cell.made(), c.made('y'), c.static(1))
print(repr(Cell.__dict__['off']).split(' at 0x')[0], repr(Cell.__dict__['chain']).split(' at 0x')[0])
print(Cell.__dict__['later'].__isabstractmethod__, Cell.__dict__['on'].__isabstractmethod__)
print(Cell.on.__qualname__, Cell.on._partialmethod is Cell.__dict__['on'], Cell.on(c, note='u').state)
print(inspect.signature(c.off), inspect.signature(c.chain))
print(type(c.on).__name__, c.on.__self__ is c, c.on.args, c.on.keywords)
try:
    functools.partialmethod(3)
except TypeError as e:
    print('TypeError', e)

for args, kw in (((), {}), ((None,), {}), ((-5,), {}), ((0,), {'typed': True}), ((2.5,), {}), (('big',), {}),
                 ((len,), {'typed': 1})):
    try:
        deco = functools.lru_cache(*args, **kw)
    except TypeError as e:
        print(args, kw, 'TypeError', e)
        continue
    f = deco(lambda x: x * 2)
    print(args, kw, deco.__name__, [f(1), f(1), f(2), f(1.0)], f.cache_info(), f.cache_parameters())


@functools.lru_cache
def square(n):
    return n * n


print(square(3), square(3), square.cache_info(), square.cache_parameters(), square.__name__)
