# operator.itemgetter/attrgetter as sort keys, their reprs, errors and reduce; subclassing the C types
import operator, itertools
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
try:
    class X(operator.itemgetter): pass
except TypeError as e: print(e)
for f in [lambda: operator.itemgetter(1)(), lambda: operator.itemgetter(1)([1], [2]), lambda: operator.attrgetter('a')(), lambda: operator.itemgetter(1, x=2), lambda: operator.attrgetter('a', x=1), lambda: operator.attrgetter('a.')(1), lambda: operator.attrgetter('real.foo')(1), lambda: operator.itemgetter(), lambda: operator.attrgetter(), lambda: operator.attrgetter(5), lambda: itemgetter(9)([1]), lambda: itemgetter("k")({}), lambda: itemgetter(0)(5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(operator.itemgetter(1).__reduce__(), operator.attrgetter('a.b').__reduce__(), type(operator.itemgetter(1)).__module__, type(operator.itemgetter(1)).__qualname__)
print(repr(itemgetter(1, "a", (2,))), repr(attrgetter("x", "y.z")), itemgetter(slice(1, None))("abc"), itemgetter(-1, 0)([1, 2, 3]), attrgetter("real", "imag")(3 + 4j))
P = namedtuple("P", "x y")
pts = [P(3, 1), P(1, 2), P(2, 0)]
print(sorted(pts, key=attrgetter("y")), sorted(pts, key=itemgetter(0)), max(pts, key=attrgetter("x")), list(map(itemgetter(1), pts)))
class D(dict):
    def __missing__(self, k):
        return "missing:" + k
print(itemgetter("q")(D()), isinstance(itemgetter(1), itemgetter), callable(attrgetter("a")), type(itemgetter(1)))
for t in [bool, type(None), itertools.permutations, type(range(0)), memoryview, slice, operator.itemgetter]:
    try:
        class X(t): pass
    except TypeError as e: print(e)
class Perms(itertools.permutations):
    def __next__(self):
        return "-".join(map(str, super().__next__()))
p = Perms("abc", 2)
print(type(p).__name__, isinstance(p, itertools.permutations), list(p))
class Prod(itertools.product):
    pass
print(list(Prod("ab", repeat=2)), type(Prod("a")).__mro__[1])
