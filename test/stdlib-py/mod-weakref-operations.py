# weakref: set algebra of WeakSet, | and |= of the weak dictionaries (with any Mapping on
# either side), copies of subclasses, WeakMethod equality, finalize's peek/detach/atexit and
# the order finalizers run in at exit.
import copy
import types
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"

    def hello(self):
        return "hello from " + self.name


a, b, c, d = (Node(n) for n in "abcd")
names = lambda xs: sorted(x.name for x in xs)

ws = weakref.WeakSet([a, b])
other = weakref.WeakSet([b, c])
print(names(ws | other), names(ws & other), names(ws - other), names(ws ^ other))
print(names(ws.union([d])), names(ws.intersection([a, c])), names(ws.difference([a])),
      names(ws.symmetric_difference([a, d])))
print(ws <= {a, b, c}, ws < {a, b}, ws >= [a], ws > [a], ws.isdisjoint([c, d]), ws.isdisjoint([b]))
print(ws == weakref.WeakSet([b, a]), ws != weakref.WeakSet([a]), ws.__eq__({a, b}))
w2 = ws.copy()
w2 |= [c]
w2 -= [a]
print(names(w2), names(ws))
w2 &= [c, d]
print(names(w2))
w2 ^= [c, d]
print(names(w2))
w2 -= w2
print(len(w2), names(w2))
w3 = weakref.WeakSet([a])
w3 ^= w3
print(len(w3))
print(ws.pop() in (a, b), len(ws))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
try:
    weakref.WeakSet().remove(a)
except KeyError:
    print("KeyError on remove")
for bad in [lambda: weakref.WeakSet().add(3), lambda: weakref.WeakSet().discard('s')]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(3 in weakref.WeakSet(), type(weakref.WeakSet([a]).__reduce__()[1][0]))

wv = weakref.WeakValueDictionary({1: a})
print(sorted((wv | {2: b}).items(), key=str), type(wv | {2: b}).__name__)
print(list(({2: b} | wv).items()), type({2: b} | wv).__name__)
print(sorted((wv | types.MappingProxyType({3: c})).keys()), wv.__or__([1]), wv.__ror__(5))
wv |= {4: d}
wv |= [(5, a)]
print(sorted(wv.keys()))
wk = weakref.WeakKeyDictionary({a: 1})
print(names((wk | {b: 2}).keys()), list(({b: 2} | wk).values()), wk.__or__(3))
wk |= {c: 3}
print(names(wk.keys()), sorted(wk.values()))
wk.update([(d, 4)], )
wk.update(None)
print(len(wk), wk.pop(d), wk.pop(d, 'gone'), len(wk.keyrefs()))
try:
    wk.pop(d)
except KeyError:
    print("KeyError from pop")
try:
    weakref.WeakKeyDictionary({a: 1}, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakKeyDictionary().get(1)
except TypeError as e:
    print("TypeError", e)
for empty in (weakref.WeakKeyDictionary(), weakref.WeakValueDictionary()):
    try:
        empty.popitem()
    except KeyError as e:
        print("KeyError", e)
print(weakref.WeakValueDictionary().pop(9, 'dflt'), weakref.WeakValueDictionary().get(9))
wv2 = weakref.WeakValueDictionary(x=a)
print(wv2.setdefault('x', b), wv2.setdefault('y', c), sorted(wv2))
print(wv2.popitem() in [('x', a), ('y', c)], len(wv2))
print([type(r).__name__ for r in wv.itervaluerefs()][:1], wv.valuerefs()[0].key in wv)


class MyValues(weakref.WeakValueDictionary):
    pass


class MyKeys(weakref.WeakKeyDictionary):
    pass


class MySet(weakref.WeakSet):
    pass


print(type(MyValues({1: a}).copy()).__name__, type(copy.copy(MyValues({1: a}))).__name__,
      type(copy.deepcopy(MyValues({1: a}))).__name__, type(MyKeys({a: 1}).copy()).__name__,
      type(copy.deepcopy(MyKeys({a: [1]}))).__name__, type(MySet([a]).copy()).__name__,
      type(MySet([a]) | [b]).__name__)
deep = copy.deepcopy(MyKeys({a: [1, 2]}))
print(deep[a], repr(MyKeys()).startswith('<MyKeys at 0x'))

m1 = weakref.WeakMethod(a.hello)
m2 = weakref.WeakMethod(a.hello)
m3 = weakref.WeakMethod(b.hello)
print(m1() == a.hello, m1()(), m1 == m2, m1 != m2, m1 == m3, m1 != m3, hash(m1) == hash(m2),
      m1.__eq__(weakref.ref(a)), m1 == weakref.ref(a))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

keep = []
for label in ["first", "second", "third"]:
    node = Node(label)
    keep.append(node)
    weakref.finalize(node, print, "finalizing at exit:", label)
f = weakref.finalize(a, lambda *args, **kw: (args, kw), 1, 2, key='v')
print(f.alive, f.atexit, f.peek()[0] is a, f.peek()[2:], repr(f).split(';')[1].split(' at ')[0])
print(f(), f.alive, f(), f.peek(), f.detach(), repr(f).endswith('; dead>'))
g = weakref.finalize(b, print, "never printed")
print(g.detach()[1:], g.alive, g.detach())
h = weakref.finalize(c, print, "not at exit")
h.atexit = False
print(h.atexit, h.alive)
