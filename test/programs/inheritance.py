class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__])
print(isinstance(d, A), issubclass(D, C), issubclass(bool, int), isinstance(True, int))
class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"
class Sub(Base):
    pass
print(Sub("x"), type(Sub("y")).__bases__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return f"missing:{key}"
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s.shout(), s + "x", len(s), isinstance(s, str))
class MyInt(int):
    pass
mi = MyInt(5)
print(mi + 1, mi * 2, type(mi).__name__, mi == 5)
try:
    class Bad(B, A, C): pass
except TypeError as e:
    print("TypeError:", e)
class Abstract:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Abstract):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for shape in [Sq(3), Abstract()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(Sq.__dict__["area"].__qualname__, Sq.area.__name__)
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1); w2.add(2)
print(WithClassAttr.items)
print(object.__name__, type.__name__, type(type), type(object))
