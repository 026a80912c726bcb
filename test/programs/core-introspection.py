# Classes and functions as objects: abc, MRO, type(), super(), generics, annotations, iterator protocol, builtins.
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    name = "sq"
print(Sq2().area(), Sq2.__abstractmethods__, Shape.__abstractmethods__)
print(dir(Sq2())[-3:], [n for n in dir(Sq2) if not n.startswith("_")])
class P:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
print(P.m.__qualname__, P().m.__func__ is P.m, P.c.__self__, type(P.s).__name__, type(P.__dict__["s"]).__name__, type(P.__dict__["c"]).__name__)
print(repr(P.__dict__["s"])[:26], P.m.__name__, P.c.__name__)
X = type("X", (P,), {"v": 1, "f": lambda self: self.v})
print(X().f(), X.__mro__, X.__bases__, X.__base__, type(X))
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid+" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf+" + super(Mid, self).hello()
print(Leaf().hello(), super(Leaf, Leaf()).hello(), repr(super(Leaf, Leaf()))[:30])
class D1: pass
class D2(D1): pass
class D3(D1): pass
class D4(D2, D3): pass
print([c.__name__ for c in D4.__mro__], D4.mro() == list(D4.__mro__))
try:
    class Bad(D1, D2): pass
except TypeError as e: print(e)
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance([], (list, tuple)), type(True) is bool)
class Gen:
    def __class_getitem__(cls, item): return f"Gen[{item}]"
print(Gen[int], list[int], dict[str, int], type(list[int]), list[int].__origin__, tuple[int, ...])
print(int | str, type(int | None), isinstance(1, int | str))
def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw) -> None: pass
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__, annotated.__code__.co_argcount, annotated.__code__.co_kwonlyargcount)
print(annotated.__name__, annotated.__module__, annotated.__doc__, callable(annotated), annotated.__code__.co_varnames)
import inspect
print(inspect.signature(annotated), inspect.isfunction(annotated), inspect.ismethod(P().m), inspect.isclass(P))
class WithRepr:
    def __repr__(self): return "WR"
print([WithRepr()], {1: WithRepr()}, (WithRepr(),), str(WithRepr()), f"{WithRepr()}", "%s %r" % (WithRepr(), WithRepr()))
class WithStr:
    def __str__(self): return "WS"
print(str(WithStr()), [WithStr()][0].__str__(), format(WithStr()), f"{WithStr()!s}")
print(vars(WithRepr()), WithRepr.__dict__.keys() >= {"__repr__"}, "__module__" in WithRepr.__dict__)
class Counter2:
    count = 0
    def __init__(self): Counter2.count += 1; self.id = Counter2.count
[Counter2() for _ in range(3)]; print(Counter2.count)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) in [Eq(1)])
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ord(3), Ord(1)]), Ord(1) > Ord(0) if hasattr(Ord, "__gt__") else None, max(Ord(1), Ord(2)))
from functools import total_ordering
@total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(2))
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = Iter(); print(list(it), list(it), next(iter(Iter())), sum(Iter()), [x for x in Iter() if x % 2])
print(list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])), list(filter(None, [0, 1, "", "a"])), list(zip("ab", [1, 2, 3])), list(enumerate("ab", 1)))
try: list(zip([1], [2, 3], strict=True))
except ValueError as e: print(e)
print(any(x > 2 for x in [1, 3]), all([]), sum([0.1] * 10), sum([[1], [2]], []), min("bca"), max([], default=0), min([3, 1], key=lambda v: -v))
print(list(reversed(range(5))), list(range(0, 10, 3)), range(5)[-1], len(range(0, 10, 3)), 3 in range(5), range(3) == range(0, 3), repr(range(1, 5, 2)))
print(abs(-5), abs(-2.5), pow(2, 0.5), divmod(10, 3), round(3.14159, 3), hex(255), oct(8), bin(5), chr(65), ord("A"), hash(1) == hash(1.0), id(None) == id(None))
print(isinstance(print, type(len)), type(print).__name__, print.__name__, len.__qualname__, repr(len), repr(print)[:30])
