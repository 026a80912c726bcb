# inspect.getsource of nested, decorated and dataclass classes, methods, odd docstrings and
# comments; getmembers of a class; builtins of modules.
import inspect, dataclasses, functools

def deco(cls):
    return cls

@deco
class Outer:
    """Outer doc."""
    x = 1

    class Inner:
        def method(self, a,
                   b=2):
            """Method doc."""
            if a:
                return b
            return a

    @property
    def prop(self):
        return 1

    @staticmethod
    def st():
        return 2

@dataclasses.dataclass
class DC:
    a: int
    b: str = "x"

def gen_func():
    """
    text at column zero inside a docstring
"""
    yield 1

def with_comment():
    x = 1
    # trailing comment
    return x
# after

print(inspect.getsource(Outer), end="")
print(inspect.getsource(Outer.Inner), end="")
print(inspect.getsource(Outer.Inner.method), end="")
print(inspect.getsource(Outer.st), end="")
print(inspect.getsource(gen_func), end="")
print(inspect.getsource(with_comment), end="")
print(inspect.getsourcelines(DC)[1], inspect.signature(DC))
print(inspect.getdoc(Outer.Inner.method), inspect.getdoc(DC))
print(inspect.isabstract(Outer), inspect.getmro(Outer.Inner))
print(inspect.getmembers(Outer, inspect.isclass))
import math
print(inspect.isbuiltin(math.sqrt), inspect.isroutine(math.sqrt), inspect.signature(math.sqrt))
print(inspect.ismethoddescriptor(str.upper), inspect.isdatadescriptor(Outer.prop), inspect.ismodule(math))

# classes defined inside functions (qualname with <locals>), names that prefix others
def factory():
    class Local:
        def m(self):
            return 1
    return Local

async def afactory():
    class ALocal:
        pass
    return ALocal

class classic: pass
class classy_name_prefix: pass

print(inspect.getsource(factory()), end="")
print(inspect.getsource(factory().m), end="")
print(inspect.getsource(classy_name_prefix), end="")
print(inspect.getsource(classic), end="")
try:
    afactory().send(None)
except StopIteration as e:
    print(inspect.getsource(e.value), end="")
