# weakref with objects that stay alive (what happens after `del` depends on the garbage
# collector: immediate in CPython, up to the JS engine in pygil, so it is not tested here).
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"

    def hello(self):
        return "hello from " + self.name


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


class SubSlotted(Slotted):
    pass


def func():
    return 42


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), type(r).__name__, weakref.ref is weakref.ReferenceType)
print(repr(r).startswith("<weakref at 0x"), repr(r).split(";")[1])
print(repr(weakref.ref(func)).split(";")[1], repr(weakref.ref(Node)).split(";")[1])
print(weakref.ref(a) is r, weakref.ref(a, lambda x: None) is r)
print(r == weakref.ref(a), r != weakref.ref(a), hash(r) == hash(a), r.__callback__)
b = Node("b")
print(weakref.ref(a) == weakref.ref(b), {r: 1}[weakref.ref(a)])
for bad in (1, "s", (1, 2), [1], {}, None, 2.5, b"x", Slotted()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
sw, ss = SlottedWeak(), SubSlotted()
print(weakref.ref(sw)() is sw, weakref.ref(ss)() is ss)
for ok in ({1}, frozenset(), func, Node, len, weakref, a.hello):
    weakref.ref(ok)
print("weakrefable: set, frozenset, function, class, builtin, module, method")

c = Node("c")
cb_ref = weakref.ref(c, print)
c_proxy = weakref.proxy(c)
print(cb_ref.__callback__ is print, weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
print(weakref.getweakrefcount(Node("unreferenced")), weakref.getweakrefcount(3))

p = weakref.proxy(a)
print(p.name, p.hello(), str(p), type(p).__name__, repr(p).split(" to ")[1].split(" at")[0])
p.extra = 5
print(a.extra, hasattr(p, "missing"))
lst_holder = Node("list")
cp = weakref.proxy(func)
print(cp(), type(cp).__name__, isinstance(cp, weakref.ProxyTypes))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + other

    def __lt__(self, other):
        return self.v < other

    def __len__(self):
        return self.v


n = Num(3)
pn = weakref.proxy(n)
print(pn + 4, pn < 5, len(pn), bool(pn))

m = weakref.WeakMethod(a.hello)
print(m()(), m() == a.hello, m == weakref.WeakMethod(a.hello))
try:
    weakref.WeakMethod(func)
except TypeError as e:
    print("TypeError:", e)

gc.collect()
print(r() is a, p.name)
print(weakref.proxy(a) is weakref.proxy(a), weakref.proxy(a, print) is weakref.proxy(a))
