# help() on functions, methods and classes prints pydoc's plain-text page
import inspect
def greet(name: str, excited: bool = False) -> str:
    """Return a greeting.

    Args:
        name: who to greet
    """
    return name
help(greet)
class Dog:
    """A dog."""
    def bark(self, times=1):
        """Bark some times."""
        return "woof" * times
help(Dog.bark)
print(inspect.signature(greet), inspect.getdoc(greet).splitlines()[0])
print(greet.__annotations__, greet.__defaults__, greet.__code__.co_varnames)
class Animal:
    """Base animal."""
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        """Make a sound."""
        return "..."
    @property
    def upper(self):
        """Name in capitals."""
        return self.name.upper()
    @staticmethod
    def info(x, y=2):
        return x
    @classmethod
    def create(cls, n):
        """Factory."""
        return cls(n)
class Dog(Animal):
    """A dog.

    Dogs bark."""
    sound = "woof"
    def speak(self, times: int = 1) -> str:
        return self.sound * times
help(Dog)
help(Animal)
help(Dog("x").speak)
f = lambda x, *a, k=1, **kw: x
help(f)
def nodoc(a, /, b, *, c):
    pass
help(nodoc)
from dataclasses import dataclass
from collections import namedtuple
import enum
class Plain:
    pass
help(Plain)
class WithRepr:
    """Has dunders."""
    def __repr__(self):
        return "WithRepr()"
    def __eq__(self, other):
        return True
    __hash__ = None
    def _private(self):
        pass
    LIMIT = 10
    names = ["a", "b"]
help(WithRepr)
class Slotted:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
help(Slotted)
def documented(a, b=2, *rest, flag=False, **opts) -> None:
    """One line."""
help(documented)
class Meta(type):
    pass
class M(metaclass=Meta):
    @classmethod
    def make(cls):
        return cls()
help(M.make)
help(M)
print(type.__module__, int.__module__, object.__module__, type.__name__, type.__qualname__, type.__doc__ is not None)
import enum, abc
print(enum.EnumMeta.__module__, abc.ABCMeta.__module__, type(int).__module__)
