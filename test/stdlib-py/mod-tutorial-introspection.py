# Introspection as intro courses show it: dir(), __doc__, hasattr, vars, __getstate__
class Dog:
    """A dog."""
    species = "canis"
    def __init__(self, name):
        self.name = name
    def bark(self):
        return "woof"
d = Dog("rex")
print(dir(d))
print(dir(Dog))
print([a for a in dir(d) if not a.startswith("_")])
print(dir([]))
print(dir(""))
print(dir(1))
print(dir(()))

print(dir(object()))
print(dir(object))
print(len(dir(str)), len(dir(list)), "__doc__" in dir(dict), "__dict__" in dir([]), "__dict__" in dir(d))
print(hasattr(d, "__lt__"), hasattr([], "__dict__"), hasattr(d, "__weakref__"), hasattr(1, "__getstate__"))
print(d.__doc__, Dog.__doc__, type(d.__doc__).__name__)
print(d.__getstate__(), object().__getstate__())
class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
print(s.__getstate__(), dir(s)[-2:], "__dict__" in dir(s), "__weakref__" in dir(Slotted))
try:
    d < d
except TypeError as e:
    print("TypeError:", e)
print(object.__lt__(d, d), Dog.__lt__ is object.__lt__, Dog.__eq__(d, d))
