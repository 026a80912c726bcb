# Subclasses of builtins and the special methods a course meets (__missing__, __index__, __slots__, __new__ …).
class DD(dict):
    def __missing__(self, k): return f"missing {k}"
d = DD(a=1); print(d["a"], d["zz"], d.get("zz"), "zz" in d, repr(d), type(d).__name__)
class MyList(list):
    def append(self, v): super().append(v * 2)
ml = MyList([1]); ml.append(5); ml += [7]; print(ml, type(ml + [1]).__name__, type(ml[:1]).__name__, ml == [1, 10, 7], repr(ml))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi"); print(s.shout(), s + "x", type(s + "x").__name__, type(s.upper()).__name__, repr(s), s == "hi", hash(s) == hash("hi"))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
i = MyInt(5); print(i, i + 1, type(i + 1).__name__, repr(i), f"{i}", str(i), i.real, MyInt("12", 8))
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3), type(Pos(3)))
try: Pos(-1)
except ValueError as e: print(e)
class Frozen:
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError(f"frozen: {k}")
    def __delattr__(self, k): raise AttributeError(f"can't delete {k}")
f = Frozen(1); print(f.x)
try: f.x = 2
except AttributeError as e: print(e)
try: del f.x
except AttributeError as e: print(e)
class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"): raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name): return f"fallback {name}"
    visible = 1
lg = Logged(); print(lg.visible, lg.secret_x, lg.other)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()], [1, 2, 3, 4][Idx():], hex(Idx()), operator_ok := True)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadLen2:
    def __len__(self): return "x"
try: len(BadLen2())
except TypeError as e: print(e)
class BadInit:
    def __init__(self): return 5
try: BadInit()
except TypeError as e: print(e)
class NoHash:
    __hash__ = None
try: hash(NoHash())
except TypeError as e: print(e)
class NoIter:
    __iter__ = None
try: iter(NoIter())
except TypeError as e: print(e)
class Mat:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Mat(self.v * o.v)
    def __radd__(self, o): return Mat(o + self.v) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return Mat(self.v + (o.v if isinstance(o, Mat) else o))
    def __round__(self, n=None): return f"round {n}"
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __int__(self): return 10
    def __float__(self): return 1.5
    def __complex__(self): return 2j
    def __repr__(self): return f"Mat({self.v})"
import math
m = Mat(3); print(m @ Mat(2), sum([Mat(1), Mat(2)]), round(m), round(m, 2), math.trunc(m), math.floor(m), math.ceil(m), int(m), float(m), complex(m))
try: m @ 1
except TypeError as e: print(e)
try: m - m
except TypeError as e: print(e)
try: m < m
except TypeError as e: print(e)
try: m += "s"
except TypeError as e: print(e)
class Rev:
    def __reversed__(self): return iter("zyx")
    def __iter__(self): return iter("xyz")
print(list(reversed(Rev())), "y" in Rev(), list(Rev()))
class Sl:
    __slots__ = ("a",)
class SlSub(Sl):
    pass
o = SlSub(); o.a = 1; o.b = 2; print(o.__dict__, hasattr(Sl(), "__dict__"))
class SlDict:
    __slots__ = ("a", "__dict__")
o = SlDict(); o.z = 1; print(o.__dict__)
try:
    class Conf:
        __slots__ = ("x",)
        x = 1
except ValueError as e: print(e)
class Weird:
    def __eq__(self, o): return "yes"
print(Weird() == 1, [Weird()] == [1], Weird() != 1)
class CustomBoolList(list):
    def __bool__(self): return True
print(bool(CustomBoolList()), bool([]))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, repr(...), repr(NotImplemented), bool(NotImplemented) if False else "skip")
class Base:
    def __init__(self, a): self.a = a
class Child(Base):
    def __init__(self, a, b): super().__init__(a); self.b = b
c = Child(1, 2); print(c.a, c.b, vars(c), Child.__init__ is not Base.__init__)
try: Child(1)
except TypeError as e: print(e)
try: Base()
except TypeError as e: print(e)
try: c.method()
except AttributeError as e: print(e)
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, x): print("init", x)
WithNew(5)
try: object.__new__(WithNew, 1) and None
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
class A2:
    pass
try: A2(1, 2)
except TypeError as e: print(e)
try: A2(x=1)
except TypeError as e: print(e)
print(format(True), format(True, "d"), format(True, ">5"), f"{True}", f"{False!r}", str(True), format(1.5), format(2j), f"{1+2j}", str(1.0), str(-0.0), str(10**20), format(10**20))
class F(float):
    def __repr__(self): return "F!"
class C(complex):
    def __repr__(self): return "C!"
class B(int):
    def __str__(self): return "B-str"
print(F(1.5), f"{F(1.5)}", str(F(2)), format(F(1), ".2f"), C(1), f"{C(1)}", B(3), f"{B(3)}", repr(B(3)), "%s %d" % (B(3), B(3)), "{}".format(F(1)))
import enum
class Num(enum.IntEnum):
    A = 1
class Flt(float, enum.Enum):
    X = 1.5
print(Num.A, f"{Num.A}", str(Num.A), repr(Num.A), format(Num.A, "d"), Num.A + 1, "%s" % Num.A, Flt.X, f"{Flt.X}")
print(vars(int).get("__str__"), vars(float).get("__str__"), "__str__" in vars(bool))
