# collections: Counter, defaultdict, OrderedDict, ChainMap, UserDict/UserList/UserString.
from collections import Counter, defaultdict, OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as abc
import copy


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


# Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(c.elements()), c.total())
c.update('aaz')
c.update({'b': 10})
c.subtract(a=100)
print(c)
c['q'] = 0
del c['nothing']
print(c, +c, -c)
print(Counter(), Counter(a=2, b=-1), Counter({'x': 1.5, 'y': 'text'}), Counter([1, 1, 2]))
print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('bcc'))
print(Counter('aab') | Counter('bcc'), Counter('aab') & Counter('bcc'))
print(Counter(a=3, b=1) - Counter(a=1, b=2, c=-4), Counter(a=1) | Counter(a=-5, b=-1))
x = Counter(a=3, b=1)
x += Counter(b=-2, c=4)
print(x)
x -= Counter(c=10)
print(x)
x |= Counter(a=1, d=2)
print(x)
x &= Counter(a=2, d=5)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1),
      Counter(a=1, b=2) > Counter(b=1), Counter(a=1) >= Counter(b=1), Counter(a=1) != Counter(a=2))
print(Counter(a=1) == {'a': 1})
attempt('Counter <= dict', lambda: Counter(a=1) <= {'a': 1})
attempt('Counter + dict', lambda: Counter(a=1) + {'a': 1})
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
words = 'the quick brown fox jumps over the lazy dog the end fox'.split()
print(Counter(words).most_common(3))
print(Counter(len(w) for w in words))
print(copy.copy(c) == c, type(copy.deepcopy(c)).__name__, Counter(c) == c, c.copy())


class Tally(Counter):
    pass


print(Tally('hello'), Tally('ab') + Tally('b'))

# defaultdict
dd = defaultdict(list)
for word in words:
    dd[word[0]].append(word)
print(dd)
print(dd['x'], 'y' in dd, dd.get('y'), len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts == {'m': 1, 'i': 4, 's': 4, 'p': 2})
print(defaultdict(), defaultdict(None, {'a': 1}), defaultdict(lambda: 'n/a', a=1)['b'] if False else '')
attempt('not callable', lambda: defaultdict(1))
attempt('no factory', lambda: defaultdict(None)['x'])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), type(nested['a']).__name__)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
dcopy = copy.copy(counts)
print(dcopy, dcopy.default_factory, counts.copy() == counts, copy.deepcopy(dd) == dd)
rec = defaultdict(list)
rec['self'] = rec
print(rec)
sets = defaultdict(set)
sets[1].add('x')
print(sets, sets.default_factory)

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
attempt('move missing', lambda: od.move_to_end('zz'))
attempt('popitem empty', lambda: OrderedDict().popitem())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1},
      OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) != {'a': 1})
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict.fromkeys('abc', 0))
print(list(reversed(OrderedDict(a=1, b=2))), list(reversed(OrderedDict(a=1, b=2).items())))
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = str(key)
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)
r = OrderedDict()
r['me'] = r
print(r, od.copy(), copy.deepcopy(OrderedDict(a=[1])))
print(od.setdefault('new', 5), od.pop('new'), od.pop('gone', 'default'))
print(isinstance(od.keys(), abc.KeysView), 'a' in od.keys(), ('a', 2) in od.items())

# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm, cm['user'], cm['color'], len(cm), list(cm), dict(cm), 'color' in cm)
cm['color'] = 'blue'
print(cm, defaults)
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'k': 'v'}), cm.new_child(z=0))
attempt('missing', lambda: cm['nothing'])
attempt('del missing', lambda: cm.__delitem__('user2'))
attempt('pop missing', lambda: ChainMap({'a': 1}).pop('b'))
attempt('popitem empty', lambda: ChainMap({}).popitem())
print(ChainMap(), ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}), cm.get('zzz', 'dflt'))
print(list(ChainMap({'a': 1, 'c': 3}, {'b': 2, 'a': 0})), ChainMap.fromkeys('ab', 0))

# UserDict, UserList, UserString
ud = UserDict(a=1)
ud['b'] = 2
print(ud, len(ud), ud.data, 'a' in ud, ud.get('z', 0), ud | {'c': 3}, ud.copy())


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'missing ' + key


ld = LowerDict({'A': 1})
ld['B'] = 2
print(ld, ld['zz'], ld.get('zz'), type(ld.copy()).__name__, ld.copy())
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [9] + ul, ul * 2, ul == [0, 1, 2, 3], ul.index(2))
ul.extend(UserList([7]))
ul.reverse()
print(ul, ul.pop(), ul.count(1), len(ul), ul < [5])
us = UserString('Hello')
print(us, us.upper(), us[1:], us + '!', '>' + us, us * 2, 'ell' in us, us.split('l'), len(us),
      us == 'Hello', us.replace('l', 'L'), us.center(9, '*'), us.find('l'), us.isalpha())
print(isinstance(ul, abc.MutableSequence), isinstance(us, abc.Sequence),
      isinstance(ud, abc.MutableMapping), isinstance(cm, abc.Mapping))
