# dataclasses: an inventory system as in Real Python's dataclass guide
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import List
import dataclasses

@dataclass
class Item:
    name: str
    unit_price: float
    quantity: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity
i = Item("widget", 3.5, 4)
print(i, i.total_cost(), i == Item("widget", 3.5, 4), repr(Item("x", 1)))

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    tags: set = field(default_factory=set, repr=False)
    owner: str = field(default="nobody", compare=False)
inv = Inventory()
inv.items.append(i)
print(inv, Inventory() == Inventory(owner="x"), asdict(inv), astuple(inv))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
cards = [Card(10, "hearts"), Card(2, "spades"), Card(10, "clubs")]
print(sorted(cards), max(cards), Card(2, "a") < Card(3, "a"), hash(Card(1, "x")) == hash(Card(1, "x")))
try:
    cards[0].rank = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(cards[0], suit="diamonds"), {Card(1, "a"), Card(1, "a")})

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.width * self.height
print(Rectangle(2, 3))

@dataclass
class User:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)
    def __post_init__(self, password):
        self.hashed = "#" * len(password)
u = User("ann", "secret")
print(u, u.hashed, [f.name for f in fields(u)])

@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
print(Options("a.txt", level=3), Options("b", verbose=True))
try:
    Options("a", True)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class Pt:
    x: int = 0
    y: int = 0
print(Pt(y=2))

@dataclass
class Base:
    id: int
    label: str = "base"
@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [1, 2])
print(Derived(1), Derived(2, "d", [3]), isinstance(Derived(1), Base))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
print(is_dataclass(Item), is_dataclass(i), is_dataclass(int))
Pos = make_dataclass("Pos", [("lat", float), ("lon", float, field(default=0.0))])
print(Pos(1.5), Pos.__name__)
f0 = fields(Item)[2]
print(f0.name, f0.type, f0.default, f0.init)
@dataclass(eq=False)
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); print(n == Node(1), n == n)
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))
print(asdict(Derived(5, extra=[Item("a", 1.0)])))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(3)) == hash((3,)), H(1).__eq__(H(1)))
print(Item.__match_args__, Item.__dataclass_params__.frozen if hasattr(Item, "__dataclass_params__") else None)
