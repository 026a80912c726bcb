# Course-style classes: operator dunders, properties, slots, context managers, descriptors, metaclasses.
# classes with dunders
class Vector:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __neg__(self): return Vector(-self.x, -self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
v = Vector(3, 4)
print(v, v + v, 2 * v, v * 2, abs(v), bool(Vector(0, 0)), list(v), v[1], len(v), -v)
print(f"{v:.2f}", format(v, "5d"))
print(v == Vector(3, 4), v != Vector(3, 4), {v: 1}[Vector(3, 4)])
print(sorted([Vector(5, 5), Vector(1, 1), v]))
try: v + 1
except TypeError as e: print(e)
try: v < 1
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: 1 - v
except TypeError as e: print(e)
print(max(Vector(1, 2), Vector(0, 5)), min([v, Vector(1, 0)]))
x, *rest = v; print(x, rest)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
t = Temp(); t.c = 5; print(t.c)
try: t.c = -300
except ValueError as e: print(e)
del t.c
try: t.c
except AttributeError as e: print(e)
class RO:
    @property
    def x(self): return 1
try: RO().x = 2
except AttributeError as e: print(e)
try: del RO().x
except AttributeError as e: print(e)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
try: s.c = 3
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
print(Slotted.a, type(Slotted.a).__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2))
try: hash(Cmp(1))
except TypeError as e: print(e)
try: {Cmp(1)}
except TypeError as e: print(e)
class Money:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __repr__(self): return f"Money({self.v})"
m = Money(1); m += 5; print(m)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c: raise KeyError("k")
print("after")
class CallMe:
    def __call__(self, *a, **k): return a, k
print(CallMe()(1, 2, x=3), callable(CallMe()), callable(CallMe))
class Contains:
    def __contains__(self, x): return x == 3
print(3 in Contains(), 4 not in Contains())
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem(), list(reversed([1,2,3])))
print(repr(object())[:17], str(Vector)[:20], Vector.__name__, Vector.__qualname__, Vector.__module__)
class A:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag; print("subclass", cls.__name__, tag)
class B(A, tag="b"): pass
class C(B): pass
print(B.tag, C.tag)
class D:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.name = name
    def __get__(self, obj, objtype=None): return self if obj is None else obj.__dict__.get(self.name, "default")
    def __set__(self, obj, value): obj.__dict__[self.name] = value * 2
class E:
    d = D()
e = E(); print(e.d); e.d = 5; print(e.d, E.d.name)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class F(metaclass=Meta):
    def __init__(self, x): self.x = x
f = F(1); print(F, f.x, F.created_by, type(F), isinstance(F, Meta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S1(metaclass=Singleton): pass
print(S1() is S1())
