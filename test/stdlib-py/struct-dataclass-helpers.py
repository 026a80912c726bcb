# dataclasses: asdict, astuple, replace, fields, is_dataclass, make_dataclass.
from dataclasses import (dataclass, field, asdict, astuple, replace, fields, is_dataclass,
                         make_dataclass, Field, MISSING)
from collections import namedtuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), [Point(1, 1)], {"k": Point(2, 2)})
print(asdict(line))
print(astuple(line))
print(asdict(Point(1, 2), dict_factory=list))
d = asdict(line)
d["tags"].append("x")
print(line.tags)

Pair = namedtuple("Pair", "a b")


@dataclass
class Holder:
    pair: Pair
    nums: tuple


print(asdict(Holder(Pair(Point(1, 2), 3), (Point(5, 6),))))

p = Point(1, 2)
q = replace(p, y=20)
print(p, q, p is q)
for bad in (lambda: replace(p, z=1), lambda: asdict(Point), lambda: astuple(3), lambda: fields(3), lambda: replace(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print([f.name for f in fields(Line)], [f.type for f in fields(Point)])
f = fields(Line)[2]
print(type(f).__name__, f.default is MISSING, f.default_factory, f.init, f.repr, f.compare, f.hash, f.metadata)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))

Point3 = make_dataclass("Point3", ["x", ("y", int), ("z", int, field(default=0))])
print(Point3(1, 2), Point3(1, 2, 3).z, Point3.__annotations__)
Named = make_dataclass("Named", [("name", str)], namespace={"hello": lambda self: "hi " + self.name}, frozen=True)
print(Named("n").hello(), Named("n"))
for spec in (["a", "a"], ["class"], [(1, 2, 3, 4)], ["not valid"]):
    try:
        make_dataclass("X", spec)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={"unit": "cm"})


print(fields(WithMeta)[0].metadata["unit"], len(fields(WithMeta)[0].metadata))


@dataclass
class Counter:
    count: int = 0
    step: int = field(default=1, init=False)


try:
    replace(Counter(), step=2)
except ValueError as e:
    print("ValueError:", e)
print(replace(Counter(5)))
