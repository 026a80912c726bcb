# Dataclasses in an OOP course: defaults, ordering, frozen, errors students hit.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, InitVar,
                         FrozenInstanceError, is_dataclass, make_dataclass, KW_ONLY, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: float
    y: float = 0.0

p = Point(1.5)
print(p, Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2), repr(Point(x=-1, y=3)))
print(fields(p)[0], )
print([f.name for f in fields(Point)], [f.default for f in fields(Point)], fields(Point)[0].default is MISSING)
for source in ["""
@dataclass
class Bad:
    a: int = 1
    b: int
""", """
@dataclass
class Bad:
    items: list = []
""", """
@dataclass
class Bad:
    items: dict = {}
""", """
@dataclass(order=True)
class Bad:
    a: int
    def __lt__(self, other):
        return True
""", """
@dataclass
class Bad:
    a: int = field(default=1, default_factory=int)
""", """
@dataclass(frozen=True)
class Base:
    a: int
@dataclass
class Bad(Base):
    b: int = 0
""", """
@dataclass(eq=False, order=True)
class Bad:
    a: int
"""]:
    try:
        exec(source, globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

v = Version(1, 2, "beta")
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2, "rc")))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
print(replace(v, minor=9), asdict(v), astuple(v))
try:
    replace(v, patch=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    total: ClassVar[int] = 0
    secret: InitVar[str] = "pw"

    def __post_init__(self, secret):
        Inventory.total += 1
        self.hashed = len(secret)

a = Inventory("ann")
b = Inventory("bob", ["sword"], secret="longer")
a.items.append("shield")
print(a, b, b.hashed, Inventory.total, [f.name for f in fields(Inventory)])
print(asdict(b), "secret" in Inventory.__dataclass_fields__, Inventory.__dataclass_fields__["secret"]._field_type)
try:
    Inventory()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Nested:
    name: str
    points: list
    meta: dict
n = Nested("shape", [Point(0, 0), Point(1, 1)], {"origin": Point(0, 0), "tags": ("a", "b")})
print(asdict(n))
print(astuple(n))
print(is_dataclass(n), is_dataclass(Nested), is_dataclass(1))
try:
    asdict(Nested)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int
print(Config(port=80))
try:
    Config("h", 1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3))

@dataclass(slots=True)
class Slim:
    x: int
    y: int = 5
s = Slim(1)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)

@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), [f.name for f in fields(Child)])

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"double": lambda self: self.a * 2})
print(C(1, 2), C(3, 4).double(), C.__name__)

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), "object at" in repr(Plain(1)))

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashy(1)) == hash(Hashy(1, [2])), Point.__hash__ is None, Version.__match_args__)

@dataclass
class Recursive:
    name: str
    child: "Recursive" = None
r = Recursive("a")
r.child = r
print(repr(r))
print(Point.__init__.__doc__ if False else Point.__doc__)
