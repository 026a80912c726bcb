# dataclasses: frozen instances, ordering, hashing.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int = 0


c = Color(255, 128)
print(c, hash(c) == hash((255, 128, 0)))
print({c: "orange"}[Color(255, 128, 0)])
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            c.r = 0
        elif action == "delete":
            del c.g
        else:
            c.alpha = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, repr(e), isinstance(e, AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "rc")]
print(sorted(versions))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), max(versions))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
print(Version(1).__lt__((1,)))


@dataclass
class Mutable:
    a: int


print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Hashable(1)) == hash((1,)))


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str


hand = {Card(10, "hearts"), Card(2, "spades"), Card(10, "hearts")}
print(sorted(hand))
Card(1, "x").rank = 5
