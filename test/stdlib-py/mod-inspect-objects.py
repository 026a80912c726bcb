# inspect's predicates, getmembers, getdoc/cleandoc, getmodule/getfile, getsource, frames.
import abc
import inspect
import os
import sys


def plain(x):
    """Return x.

        Indented more.
    """
    return x


def gen():
    yield 1


async def coro():
    pass


class Shape(abc.ABC):
    """A shape."""

    @abc.abstractmethod
    def area(self):
        """The area."""

    def describe(self):
        return "shape"


class Square(Shape):
    side = 2

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


@staticmethod
def _unused():
    pass


checks = [inspect.isfunction, inspect.ismethod, inspect.isclass, inspect.ismodule,
          inspect.isbuiltin, inspect.isgenerator, inspect.isgeneratorfunction,
          inspect.iscoroutinefunction, inspect.isabstract, inspect.isroutine]
things = [plain, Square().area, Square, inspect, len, gen(), gen, coro, Shape, [].append, 3,
          lambda: 0, str.join]
for thing in things:
    print([c.__name__ for c in checks if c(thing)])

print(inspect.getmembers(Square, inspect.isfunction))
print([name for name, value in inspect.getmembers(Square()) if not name.startswith('__')])
print(inspect.getmembers(Square(), lambda v: isinstance(v, int)))
print(repr(inspect.getdoc(plain)), repr(inspect.getdoc(Square)), repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(Square().area)))
print(repr(inspect.cleandoc("""  First line.
      second
        third

    """)))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Square).__name__, inspect.getmodule(os.path.join).__name__)
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getfile(Square)), os.path.basename(inspect.getsourcefile(plain)))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
try:
    inspect.getfile(len)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getsource(plain), end="")
print(inspect.getsource(Square), end="")
lines, start = inspect.getsourcelines(Square.area)
print(start, lines)
print(inspect.getsource(Shape.area), end="")
one = lambda y: y * 2  # a lambda on one line
print(inspect.getsource(one), end="")


def decorated_source():
    def deco(fn):
        return fn

    @deco
    def inner(a,
              b):
        return (a +
                b)
    return inner


print(inspect.getsource(decorated_source()), end="")
print(inspect.unwrap(plain) is plain)


def where():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame.f_back.f_code.co_name)
    st = inspect.stack()
    print([(os.path.basename(fi.filename), fi.lineno, fi.function, fi.code_context, fi.index) for fi in st])
    print(st[0][3], st[0].frame is frame)
    info = inspect.getframeinfo(frame)
    print(info.lineno, info.function, info.code_context)


def caller():
    where()


caller()
