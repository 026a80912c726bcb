# operator (functions, itemgetter/attrgetter/methodcaller), keyword, reprlib and
# collections.abc (isinstance checks, mixin methods, registering).
import operator
from operator import itemgetter, attrgetter, methodcaller
import keyword
import reprlib
import collections.abc as abc
from collections import namedtuple


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


print(operator.add(2, 3), operator.sub(5, 2), operator.mul('ab', 3), operator.truediv(7, 2),
      operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4),
      operator.pos(-4), operator.abs(-3), operator.inv(5), operator.invert(5), operator.lshift(1, 4),
      operator.rshift(16, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2),
      operator.gt(3, 2), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1),
      operator.indexOf('abc', 'c'), operator.getitem([1, 2, 3], slice(1, None)), operator.index(7),
      operator.length_hint([1, 2]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9),
      operator.call(len, 'abc'), operator.__add__(1, 1), operator.matmul.__name__)
seq = [1, 2, 3]
operator.setitem(seq, 0, 'x')
operator.delitem(seq, 1)
print(seq, operator.iadd([1], [2]), operator.iconcat('a', 'b'), operator.imul(3, 4), operator.ipow(2, 3),
      operator.ior({1}, {2}), operator.isub(5, 1), operator.itruediv(1, 4), operator.ifloordiv(9, 2))
for label, thunk in [('index float', lambda: operator.index(1.5)), ('concat int', lambda: operator.concat(1, 2)),
                     ('indexOf missing', lambda: operator.indexOf([1], 2)),
                     ('countOf non-iterable', lambda: operator.countOf(5, 1)),
                     ('length_hint str default', lambda: operator.length_hint([], 'a')),
                     ('attrgetter int', lambda: attrgetter(1)), ('itemgetter none', lambda: itemgetter()),
                     ('methodcaller none', lambda: methodcaller()), ('methodcaller int', lambda: methodcaller(1))]:
    attempt(label, thunk)
students = [('jane', 'B', 12), ('john', 'A', 15), ('dave', 'B', 10)]
print(sorted(students, key=itemgetter(2)), sorted(students, key=itemgetter(1, 2)),
      list(map(itemgetter(0), students)), itemgetter(1)('ABC'), itemgetter(slice(2, None))('ABCDE'),
      itemgetter('k', 'j')({'k': 1, 'j': 2}))
Person = namedtuple('Person', 'name address')
Address = namedtuple('Address', 'city')
people = [Person('zed', Address('Oslo')), Person('amy', Address('Lima'))]
print(sorted(people, key=attrgetter('address.city')), attrgetter('name', 'address.city')(people[0]))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'), methodcaller('rjust', 5, '*')('x'), methodcaller('replace', 'a', 'b', count=1)('aa') if False else '')
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a', 'b.c')),
      repr(methodcaller('f', 1, k=2)), itemgetter(1).__reduce__(), attrgetter('x').__reduce__())
attempt('attrgetter missing', lambda: attrgetter('a.b')(5))
attempt('itemgetter range', lambda: itemgetter(5)([1]))

print(keyword.kwlist, len(keyword.kwlist), keyword.softkwlist, keyword.iskeyword('if'),
      keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.iskeyword('print'))

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(10 ** 50),
      reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset(range(10))),
      reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
short = reprlib.Repr()
short.maxlist = 2
short.maxstring = 10
short.maxlevel = 1
print(short.repr([1, 2, 3]), short.repr('abcdefghijklmnop'), short.repr([[1], [2]]), short.repr({1: {2: 3}}),
      reprlib.repr("it's" * 10), reprlib.repr(-10 ** 50))


class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children


n = Node()
n.children.append(n)
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)

for value in [[], (), 'ab', b'ab', {}, set(), frozenset(), range(3), {}.keys(), {}.items(), {}.values(),
              iter([]), (x for x in []), len, 5, None, bytearray()]:
    print(type(value).__name__, [name for name in ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator',
                                                    'Sized', 'Container', 'Callable', 'Collection', 'Set',
                                                    'MutableSet', 'Mapping', 'MutableMapping', 'Sequence',
                                                    'MutableSequence', 'ByteString', 'MappingView', 'KeysView']
                                 if isinstance(value, getattr(abc, name))])


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return iter(range(self.start, 0, -1))


class Squares(abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(isinstance(Countdown(3), abc.Iterable), isinstance(Countdown(3), abc.Sized), list(sq), 9 in sq,
      list(reversed(sq)), sq.index(4), sq.count(1), isinstance(sq, abc.Reversible))


class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

    def __repr__(self):
        return 'Bag(%r)' % self.items


b1, b2 = Bag([1, 2, 3]), Bag([2, 3, 4])
print(b1 & b2, b1 | b2, b1 - b2, b1 ^ b2, b1 <= b2, Bag([2]) < b1, b1 == Bag([3, 2, 1]), b1.isdisjoint([9]))
b1 |= [7]
b1 -= [1]
print(b1, b1.pop(), b1, b1._hash() == hash(frozenset(b1)))
attempt('remove missing', lambda: b1.remove(99))


class Registry(abc.MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


reg = Registry()
reg.update({'a': 1}, b=2)
reg.setdefault('c', 3)
print(dict(reg), reg.get('z', 0), 'a' in reg, list(reg.keys()), list(reg.items()), list(reg.values()),
      reg.pop('a'), reg.popitem(), reg == {'c': 3}, reg.keys() == {'c'}, repr(reg.keys())[:10])
attempt('abstract', lambda: abc.Sequence())
attempt('incomplete', lambda: type('Half', (abc.Mapping,), {'__getitem__': lambda s, k: 1})())
print(issubclass(list, abc.MutableSequence), issubclass(dict, abc.Mapping), issubclass(str, abc.MutableSequence),
      issubclass(tuple, abc.Hashable), issubclass(list, abc.Hashable), abc.Sequence.__module__,
      abc.Iterable[int], abc.Mapping[str, int])
