# classmethod wraps other descriptors (3.9-3.12): its __get__ passes the class on.
class Meta(type):
    pass


class Base(metaclass=Meta):
    label = "base"

    @classmethod
    @property
    def describe(cls):
        return f"{cls.__name__}:{cls.label}"

    @classmethod
    def plain(cls):
        return cls.__name__


class Child(Base):
    label = "child"


print(Base.describe)
print(Child.describe)
print(Child().describe)
print(Base.plain(), Child().plain())


class Wrapper:
    """A non-data descriptor that reports what it was bound to."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return (self.name, obj.__name__ if isinstance(obj, type) else obj, owner.__name__)


class Holder:
    w = classmethod(Wrapper("w"))
    s = classmethod(staticmethod(len))
    n = classmethod(len)


print(Holder.w)
print(Holder().w)
print(Holder.s("abc"))
try:
    Holder.n()
except TypeError as e:
    print("TypeError:", e)
cm = classmethod(Wrapper("direct"))
print(cm.__get__(None, Holder))
print(cm.__get__(Holder()))
