# Introspection and interfaces in an advanced course: inspect signatures, abc contracts.
import abc
import inspect
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Hashable, Sequence, MutableMapping, Callable, Iterator, Container


def area(width: float, height: float = 1.0, *, unit: str = "m", **extra) -> str:
    """Compute an area.

    Returns a formatted string.
    """
    return f"{width * height}{unit}"

sig = inspect.signature(area)
print(sig, sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default, p.annotation, str(p))
bound = sig.bind(3, unit="cm")
print(bound, bound.arguments, bound.args, bound.kwargs)
bound.apply_defaults()
print(bound.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sig.bind_partial(height=2))
print(inspect.getdoc(area), inspect.cleandoc("  a\n    b\n  c"), sep="\n")
def pos_only(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass
print(inspect.signature(pos_only), inspect.signature(lambda x, *y: 0), inspect.signature(lambda: None))
print(inspect.getfullargspec(pos_only))
new_sig = sig.replace(return_annotation=inspect.Signature.empty)
print(new_sig, inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=None))
try:
    inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY, default=1).replace(name="1x")
except ValueError as e:
    print("ValueError:", e)
class Widget:
    """A widget."""
    size = 3
    def __init__(self, name, color="red"):
        self.name = name
    def grow(self, by=1):
        return self.size + by
    @staticmethod
    def make():
        return Widget("w")
    @classmethod
    def build(cls, n):
        return cls(n)
    @property
    def label(self):
        return self.name.upper()
print(inspect.signature(Widget), inspect.signature(Widget.grow), inspect.signature(Widget("x").grow), inspect.signature(Widget.build))
print(inspect.isclass(Widget), inspect.isfunction(Widget.grow), inspect.ismethod(Widget("a").grow), inspect.ismethod(Widget.build), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print([n for n, _ in inspect.getmembers(Widget) if not n.startswith("_")], [n for n, _ in inspect.getmembers(Widget, inspect.isfunction)])
print(inspect.getmro(bool), inspect.isabstract(Sized), inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(area))
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
print(inspect.getattr_static(Widget, "label"), type(inspect.getattr_static(Widget, "make")).__name__, inspect.getmodule(area).__name__)
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno > 0, inspect.stack()[0].function, inspect.getsourcelines(area)[1])
print(inspect.getsource(Widget.grow), end="")
print(inspect.signature(len), inspect.signature(divmod), inspect.signature(sorted))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
print(inspect.Parameter.empty, inspect.Signature.empty is inspect.Parameter.empty, repr(inspect.Parameter.VAR_POSITIONAL))


class Shape(ABC):
    @abstractmethod
    def area(self):
        """Area of the shape."""

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides and area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def sides(self):
        return 4

class Broken(Shape):
    def area(self):
        return 0

print(Square(3).describe(), Shape.__abstractmethods__, sorted(Broken.__abstractmethods__), inspect.isabstract(Broken))
for cls in (Shape, Broken):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter([])
print(isinstance(Duck(), Sized), isinstance(Duck(), Iterable), isinstance(Duck(), Sequence), isinstance([], Hashable), isinstance(len, Callable), isinstance(iter([]), Iterator), issubclass(dict, Container))

class Plugin(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run") or NotImplemented
        return NotImplemented
class Runner:
    def run(self):
        pass
print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(int, Plugin))
class Registered(ABC):
    pass
Registered.register(tuple)
print(issubclass(tuple, Registered), isinstance((), Registered), Registered.register(list) is list, issubclass(list, Registered))

class MyMapping(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMapping()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(dict(m), m.get("z", 0), "a" in m, list(m.items()), m.pop("a"), m.popitem(), len(m), m == {"c": 3})
class Incomplete(MutableMapping):
    def __getitem__(self, k):
        return 1
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(abc.get_cache_token() is not None, type(Shape).__name__, Shape.__mro__[1:])
