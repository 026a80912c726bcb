# copy: identity rules, containers, cycles and sharing, __copy__/__deepcopy__, reduce protocols, slots, copyreg
import copy
import copyreg
import types

print(copy.__all__, copy.error is copy.Error, issubclass(copy.Error, Exception))
samples = [None, 1, 2.5, True, 1j, 'text', b'bytes', (1, [2]), frozenset({1}), range(3), slice(1, [2]),
           len, copy.copy, int, Ellipsis, NotImplemented, property()]
print([copy.copy(v) is v for v in samples])
print([copy.deepcopy(v) is v for v in samples])
print(copy.deepcopy(slice(1, [2])), copy.deepcopy((1, 2)) is not None, copy.deepcopy(((), 'a')))
for v in ([1, [2]], {'a': [1]}, {1, 2}, bytearray(b'xy')):
    c, d = copy.copy(v), copy.deepcopy(v)
    print(type(c).__name__, c == v, c is v, d == v, d is v)
nested = [[1], [2]]
print(copy.copy(nested)[0] is nested[0], copy.deepcopy(nested)[0] is nested[0])

shared = [0]
pair = [shared, shared]
cycle = [1]
cycle.append(cycle)
d_pair, d_cycle = copy.deepcopy(pair), copy.deepcopy(cycle)
print(d_pair[0] is d_pair[1], d_pair[0] is shared, d_cycle[1] is d_cycle, d_cycle is cycle)
t = ([],)
t[0].append(t)
dt = copy.deepcopy(t)
print(dt is t, dt[0][0] is dt, type(dt).__name__)
memo = {}
result = copy.deepcopy([shared, shared], memo)
print(len(memo), id(shared) in memo, memo[id(shared)] is result[0], len(memo[id(memo)]))
print(copy.deepcopy(shared, {id(shared): 'from memo'}))


class Point:
    def __init__(self, x, tags):
        self.x, self.tags = x, tags

    def __repr__(self):
        return f'Point({self.x}, {self.tags})'


p = Point(1, ['a'])
sc, dc = copy.copy(p), copy.deepcopy(p)
print(sc, sc.tags is p.tags, dc, dc.tags is p.tags, type(dc) is Point)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        print('__copy__ called')
        return 'shallow result'

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return 'deep result'


print(copy.copy(Custom()), copy.deepcopy([Custom()]))


class Slotted:
    __slots__ = ('a', '__hidden', 'empty')

    def __init__(self):
        self.a = [1]
        self.__hidden = 'h'

    def show(self):
        return self.a, self.__hidden, hasattr(self, 'empty')


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {'k': 1}


s = copy.deepcopy(Slotted())
b = copy.copy(Both())
print(s.show(), b.show(), b.extra)


class Stateful:
    def __init__(self):
        self.value = 5
        self.cache = 'big'

    def __getstate__(self):
        print('getstate')
        return {'value': self.value}

    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)


st = copy.deepcopy(Stateful())
print(vars(st))


class WithArgs:
    def __new__(cls, n):
        print('__new__', n)
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n * 10,)


w = copy.copy(WithArgs(1))
print(w.n)


class WithKwArgs:
    def __new__(cls, *, size):
        obj = super().__new__(cls)
        obj.size = size
        return obj

    def __getnewargs_ex__(self):
        return (), {'size': self.size + 1}


print(copy.deepcopy(WithKwArgs(size=1)).size)


class Reducer:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reducer, (self.v + 1,), {'note': [self.v]})


r = copy.deepcopy(Reducer(1))
print(r.v, r.note)


class Singleton:
    def __reduce__(self):
        return 'THE_ONE'


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([[1], 2])
ml.attr = 'kept'
md = MyDict(a=[1])
cml, dmd = copy.deepcopy(ml), copy.deepcopy(md)
print(type(cml).__name__, cml, cml.attr, cml[0] is ml[0], type(dmd).__name__, dmd, dmd['a'] is md['a'])
print(type(copy.copy(md)).__name__, copy.copy(md)['a'] is md['a'])


class Registered:
    def __init__(self, n):
        self.n = n


copyreg.pickle(Registered, lambda obj: (Registered, (obj.n * 2,)))
print(copy.copy(Registered(4)).n, copy.deepcopy(Registered(5)).n)


class Uncopyable:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(Uncopyable())
    except copy.Error as e:
        print('copy.Error', e)
ns = types.SimpleNamespace(a=[1])
print(copy.deepcopy(ns), copy.deepcopy(ns).a is ns.a, copy.copy(ns).a is ns.a)


class Meta(type):
    pass


K = Meta('K', (), {})
print(copy.copy(K) is K, copy.deepcopy(K) is K, copy.deepcopy({K: [K]})[K][0] is K)
