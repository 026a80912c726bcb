# OOP tutorials print a class's namespace: Class.__dict__ (a mappingproxy), vars(), keys/items
class Dog:
    """A dog."""
    species = "canis"
    def __init__(self, name):
        self.name = name
    def bark(self):
        return "woof"
print(Dog.__dict__)
print(repr(Dog.__dict__)[:40], type(Dog.__dict__).__name__, len(Dog.__dict__))
print(list(Dog.__dict__), Dog.__dict__["species"], "bark" in Dog.__dict__, "__dict__" in Dog.__dict__)
print(Dog.__dict__.keys())
print([k for k, v in Dog.__dict__.items() if callable(v)])
print(Dog.__dict__.get("missing", "default"), Dog.__dict__["__dict__"], Dog.__dict__["__weakref__"])
d = Dog("rex")
print(vars(d), d.__dict__, Dog.__dict__["__dict__"].__get__(d) is d.__dict__)
class Puppy(Dog):
    pass
print(Puppy.__dict__)
class Empty:
    pass
print(Empty.__dict__)
class Slotted:
    __slots__ = ("x",)
print(list(Slotted.__dict__))
print({k: v for k, v in vars(Dog).items() if not k.startswith("__")})
try:
    Dog.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(dict(Dog.__dict__).keys() == Dog.__dict__.keys())
