class Base:
    count = 0
    def __init__(self, v):
        self.v = v
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.v})"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, val):
        self.v = val // 2
    def __repr__(self):
        return f"<{self.describe()}>"
    def __eq__(self, other):
        return isinstance(other, Base) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __lt__(self, other):
        return self.v < other.v
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return "child:" + super().describe()
b = Base(1)
c = Child.make(2) if False else Child(2, 3)
print(b, c, Base.count, Base.helper(5), b.double, c.describe())
b.double = 10
print(b.v, b == Base(5), b != Base(5), Base(3) in {Base(3)}, sorted([Base(3), Base(1)]))
print(isinstance(c, Base), issubclass(Child, Base), type(c) is Child, Child.__mro__)
print(Child.__name__, Child.__qualname__, c.__dict__, hasattr(c, "w"), getattr(c, "zz", "dflt"))
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, list(v), len(v), v[1], bool(Vec(0, 0)), tuple(v))
try:
    v.z = 1
except AttributeError as e:
    print("slots:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
print(Plugin.registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        return f"desc {self.name}" if obj else self
class WithDesc:
    attr = Desc()
print(WithDesc().attr, type(WithDesc.attr).__name__)
class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().hello)
print(str(object())[:8], repr(Base)[:8], Base.__dict__["count"])
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
with Ctx() as cx:
    raise ValueError("suppressed")
print("after with")
