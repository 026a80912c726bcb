# More introspection: source of classes, comments, wrapped functions, partial and callable
# objects' signatures, async functions, closures, class attribute classification.
import functools
import inspect


# A helper with a comment above it.
def helper(a, b=1, *rest, key=None, **extra):
    """Add things."""
    total = a + b
    return total


class Shape:
    """Base shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    @property
    def label(self):
        return self.name.upper()

    @classmethod
    def unit(cls):
        return cls("unit")

    @staticmethod
    def describe():
        return "shape"


class Adder:
    def __call__(self, x, y=2):
        return x + y


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def decorated(p, q=3):
    return p * q


async def fetch(url, *, timeout=5):
    return url


def counter():
    count = 0
    step = 2

    def bump():
        nonlocal count
        count += step
        return count
    return bump


print(inspect.getsource(Shape).splitlines()[:3])
print(inspect.getcomments(helper), end="")
print(inspect.getdoc(Shape), inspect.getdoc(Shape.area), inspect.getdoc(helper))
print(inspect.signature(functools.partial(helper, 1, key="k")))
print(inspect.signature(Adder()), inspect.signature(Adder), inspect.signature(decorated))
print(inspect.unwrap(decorated) is decorated.__wrapped__, inspect.signature(decorated, follow_wrapped=False))
print(inspect.iscoroutinefunction(fetch), inspect.signature(fetch), inspect.isawaitable(3))
coro = fetch("x")
print(inspect.iscoroutine(coro), inspect.getcoroutinestate(coro))
coro.close()
print(inspect.getcoroutinestate(coro))
bump = counter()
bump()
cv = inspect.getclosurevars(bump)
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
kinds = {a.name: (a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(Shape)}
print(sorted(kinds.items()))
print([name for name, _ in inspect.getmembers(Shape, predicate=inspect.isfunction)])
print([name for name, value in inspect.getmembers(Shape("s")) if not name.startswith("_")])
print(inspect.getfile(helper).endswith(".py"), inspect.getmodule(Shape).__name__, inspect.getsourcelines(Shape.area)[1])
print(inspect.getcallargs(helper, 1, 2, 3, key=4, z=5))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.get_annotations(helper))
frame_names = []
def outer():
    def inner():
        return [f.function for f in inspect.stack()[:3]]
    return inner()
print(outer())
print(inspect.ismethoddescriptor(str.upper), inspect.isdatadescriptor(Shape.label), inspect.isgetsetdescriptor(type.__dict__["__name__"]))
print(inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=int, default=3))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)], return_annotation=str))
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY), inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError:", e)
