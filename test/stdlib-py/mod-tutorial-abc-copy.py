# abc for interfaces and copy for shallow/deep copies, in an OOP course style
from abc import ABC, abstractmethod, ABCMeta
import abc
import copy
from collections.abc import Sequence, Mapping, Iterable, Sized, Container, Hashable, MutableMapping, Callable

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    @property
    def name(self):
        return "square"
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    def area(self):
        return 0
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), Partial.__abstractmethods__)
class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return any("run" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Runner:
    def run(self):
        pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))
class Base(ABC):
    pass
Base.register(tuple)
print(issubclass(tuple, Base), isinstance((1,), Base), issubclass(list, Base))
class Deck(Sequence):
    def __init__(self):
        self.cards = list("AKQJ")
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], list(reversed(d)), "Q" in d, d.index("J"), d.count("A"), isinstance(d, Iterable))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("", Hashable), isinstance([], Hashable), isinstance(len, Callable))
class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry()
r["A"] = 1; r.update(B=2); r.setdefault("c", 3)
print(dict(r), r.get("b"), r.pop("a"), list(r.items()), "C" in r)
class Meta(abc.ABC):
    @staticmethod
    @abstractmethod
    def make():
        pass
    @classmethod
    @abstractmethod
    def build(cls):
        pass
print(sorted(Meta.__abstractmethods__))

original = {"name": "team", "members": ["ann", "bob"], "meta": {"tags": {"x"}}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["members"].append("cy")
deep["meta"]["tags"].add("y")
print(original, shallow is original, shallow["members"] is original["members"], deep["members"])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
g3 = copy.deepcopy(grid2); g3[0][0] = 9
print(grid2, g3)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Polygon:
    def __init__(self, pts):
        self.pts = pts
    def __copy__(self):
        print("custom copy")
        return Polygon(self.pts)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Polygon(copy.deepcopy(self.pts, memo))
poly = Polygon([Point(0, 0), Point(1, 1)])
p2 = copy.copy(poly); p3 = copy.deepcopy(poly)
print(p2.pts is poly.pts, p3.pts is poly.pts, p3.pts)
a = [1]; a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], copy.copy((1, 2)) is not None, copy.deepcopy((1, [2]))[1] is not None)
pt = Point(1, 2); pt2 = copy.copy(pt); pt2.x = 5; print(pt, pt2)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace", copy.copy(range(3)), copy.deepcopy({1: frozenset([2])}))
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]
s = copy.deepcopy(Slots()); print(s.a, s.b)
