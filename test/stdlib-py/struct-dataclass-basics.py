# dataclasses: the generated __init__, __repr__ and __eq__, defaults and default factories.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(p.x, p.y)
p.x = 10
print(p)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity


item = Inventory("widget", 3.5, 4)
item.tags.append("blue")
print(item, item.total_cost())
print(Inventory("gadget", 1.25))
print(Inventory("a", 1.0).tags is Inventory("a", 1.0).tags)


@dataclass
class Hidden:
    shown: int
    secret: str = field(default="x", repr=False)
    ignored: int = field(default=0, compare=False)


print(Hidden(1), Hidden(1, "a", 5) == Hidden(1, "a", 6), Hidden(1, "a") == Hidden(1, "b"))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())


class Outer:
    @dataclass
    class Inner:
        value: int


print(Outer.Inner(5))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__doc__)
print(Inventory.__doc__)
print(Point.__match_args__, Point.__hash__)


@dataclass
class Node:
    value: int
    next: "Node" = None


a = Node(1)
a.next = a
print(a)
