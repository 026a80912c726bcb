# inspect.signature: Signature/Parameter str and repr, kinds, bind/bind_partial, builtins.
import functools
import inspect
import typing
import abc
import enum


def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = "x", **kw) -> list:
    pass


sig = inspect.signature(f)
print(sig)
print(repr(sig))
print(sig.parameters)
print(list(sig.parameters))
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, repr(p.kind), p.kind.description, p.default, p.annotation)
print(sig.return_annotation, sig.parameters['a'].default is inspect.Parameter.empty)
print(inspect.Parameter.empty, inspect.Signature.empty)
print(inspect.Parameter.KEYWORD_ONLY, int(inspect.Parameter.VAR_KEYWORD))


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        pass

    @classmethod
    def make(cls, value):
        pass

    @staticmethod
    def util(q, *, flag=False):
        pass

    def __call__(self, n):
        pass


class Empty:
    pass


print(inspect.signature(Point), inspect.signature(Point.move), inspect.signature(Point(1).move))
print(inspect.signature(Point.make), inspect.signature(Point.util), inspect.signature(Point(1)))
print(inspect.signature(Empty), inspect.signature(lambda x, *, k=1: 0))
print(inspect.signature(functools.partial(f, 1, c=3)))


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
print(inspect.signature(len), inspect.signature(print), inspect.signature(sorted))
print(inspect.signature([].append), inspect.signature(dict.get))
for bad in (int, 5):
    try:
        inspect.signature(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def t(x: typing.List[int], y: list[int], z: typing.Optional[str] = None, w: Point = None):
    pass


print(inspect.signature(t))


def g(a, b, /, c, d=4, *rest, e, f=6, **kw):
    pass


gs = inspect.signature(g)
ba = gs.bind(1, 2, 3, e=5)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(gs.bind(1, 2, 3, 4, 5, 6, e=0, z=9))
print(gs.bind(1, 2, 3, e=0, a=9))
print(gs.bind_partial(1), gs.bind_partial(e=1))
for args, kwargs in [((1,), {}), ((1, 2), {}), ((1, 2, 3), {'c': 3, 'e': 1}), ((), {'x': 1})]:
    try:
        gs.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


def h(a, /, b):
    pass


for kwargs in [{'a': 1, 'b': 2}, {'b': 2, 'z': 3}]:
    try:
        inspect.signature(h).bind(**kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(h).bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

P = inspect.Parameter
s2 = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.POSITIONAL_OR_KEYWORD, default=1),
                        P('rest', P.VAR_POSITIONAL), P('k', P.KEYWORD_ONLY, annotation=int)],
                       return_annotation=str)
print(s2, s2 == inspect.signature(lambda x, /, y=1, *rest, k: 0), s2.replace(return_annotation=inspect.Signature.empty))
print(P('x', P.KEYWORD_ONLY, default=None).replace(name='z', default=2))
for maker in (lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: P('1x', P.KEYWORD_ONLY),
              lambda: P('x', 9),
              lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
              lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]),
              lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])):
    try:
        maker()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
spec = inspect.getfullargspec(g)
print(spec)
print(inspect.getcallargs(g, 1, 2, 3, e=4))
print(inspect.signature(dict.fromkeys), inspect.signature("a b".split), inspect.signature(str.split))

# classes: builtin bases, metaclass __call__, __new__ before __init__
class ML(list): pass
class Meta(type):
    def __call__(cls, a, b=1): pass
class WithMeta(metaclass=Meta): pass
class NewOnly:
    def __new__(cls, q, *rest): return object.__new__(cls)
class Both:
    def __new__(cls, *args, **kw): return object.__new__(cls)
    def __init__(self, z): pass
class Color(enum.Enum):
    RED = 1

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
for obj in (list, dict, ML, WithMeta, NewOnly, Both, Color, Base, object, type, range, Exception, str):
    try:
        print(obj.__name__, inspect.signature(obj))
    except (ValueError, TypeError) as e:
        print(obj.__name__, type(e).__name__, e)
