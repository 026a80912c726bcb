# collections.namedtuple (fields, defaults, rename, errors, methods) and copy (shallow/deep,
# memo, __copy__/__deepcopy__, __reduce_ex__, slots, cycles).
from collections import namedtuple
import copy


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x + p.y, tuple(p), len(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), Point(**p._asdict()), p._replace(x=100), Point._make([1, 2]))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__, Point.__name__,
      Point.__module__, Point.__match_args__, Point.__new__.__doc__, Point.__new__.__qualname__)
print(repr(Point.x), hash(p) == hash((11, 22)), sorted([Point(2, 1), Point(1, 2)]), max(Point(1, 5), Point(1, 7)))
attempt('missing y', lambda: Point(1))
attempt('missing both', lambda: Point())
attempt('too many', lambda: Point(1, 2, 3))
attempt('twice', lambda: Point(1, x=2))
attempt('unexpected', lambda: Point(1, z=2))
attempt('_make short', lambda: Point._make([1]))
attempt('_replace bad', lambda: p._replace(z=1))
attempt('setattr', lambda: setattr(p, 'x', 3))
attempt('new attr', lambda: setattr(p, 'z', 3))
attempt('bad name', lambda: namedtuple('1a', 'x'))
attempt('keyword', lambda: namedtuple('A', 'def'))
attempt('underscore', lambda: namedtuple('A', '_x'))
attempt('duplicate', lambda: namedtuple('A', 'x x'))
attempt('too many defaults', lambda: namedtuple('A', 'x y', defaults=(1, 2, 3)))
print(namedtuple('A', 'x, def, _y, x, 3', rename=True)._fields)
Employee = namedtuple('Employee', 'name, age, title, department', defaults=['staff', 'general'])
print(Employee('Ann', 30), Employee('Bob', 40, department='it'), Employee._field_defaults)
attempt('missing with defaults', lambda: Employee())
attempt('too many with defaults', lambda: Employee(1, 2, 3, 4, 5))
Single = namedtuple('Single', 'only')
print(Single(1), Single.__doc__, namedtuple('Empty', '')(), namedtuple('M', 'a', module='mymod'))


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5

    def __str__(self):
        return 'P(%g, %g, %g)' % self


q = Point3(1, 2, 2)
print(q, repr(q), q.norm, q._replace(z=0), type(q._replace(z=0)).__name__)
print(copy.copy(p) is p, copy.deepcopy(Point([1], [2])), copy.copy(q))

# copy
nested = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append('x')
nested[2]['k'].append('y')
print(shallow, deep, shallow[1] is nested[1], deep[1] is nested[1])
shared = [0]
pair = [shared, shared]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)
cycle = [1]
cycle.append(cycle)
cycle_copy = copy.deepcopy(cycle)
print(cycle_copy[1] is cycle_copy, cycle_copy is not cycle)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy(t) is t)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1, 2})), copy.copy(bytearray(b'ab')), copy.deepcopy({'a': {1: 2}}))
for value in [None, 1, 2.5, 'text', b'b', True, len, int, range(3), 1j]:
    assert copy.copy(value) is value and copy.deepcopy(value) is value


class Plain:
    def __init__(self, items):
        self.items = items
        self.name = 'plain'

    def __repr__(self):
        return 'Plain(%r, %r)' % (self.items, self.name)


a = Plain([1, 2])
b = copy.copy(a)
c = copy.deepcopy(a)
a.items.append(3)
print(b, c, b.items is a.items, c.items is a.items, type(c).__name__)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 'two'


s = copy.deepcopy(Slotted())
print(s.a, s.b)


class Custom:
    def __init__(self, value):
        self.value = value

    def __copy__(self):
        print('  __copy__ called')
        return Custom(self.value)

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called with memo', type(memo).__name__)
        return Custom(copy.deepcopy(self.value, memo))


cc = copy.copy(Custom([1]))
dc = copy.deepcopy([Custom([2])])
print(cc.value, dc[0].value)


class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


w = copy.deepcopy(WithState())
print(w.data, w.cache)


class Reducing:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducing, (self.a, self.b))


r = copy.deepcopy(Reducing([1], 'b'))
print(type(r).__name__, r.a, r.b)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
memo = {}
first = copy.deepcopy([shared], memo)
second = copy.deepcopy(shared, memo)
print(first[0] is second)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
