# dataclasses: kw_only, KW_ONLY, slots, match_args with match statements.
from dataclasses import dataclass, field, KW_ONLY


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 8080
    debug: bool = False


print(Config(host="localhost"), Config(port=1, host="h"))
try:
    Config("localhost")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 1.0


print(Request("/a"), Request("/b", method="POST"))
try:
    Request("/c", "PUT")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5


print(Mixed(1), Mixed(1, 2, b=3), Mixed.__match_args__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError")


@dataclass(frozen=True, slots=True)
class FrozenSlots:
    a: int


fs = FrozenSlots(1)
print(fs, hash(fs) == hash((1,)))
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass
class Shape:
    kind: str
    size: int


def describe(shape):
    match shape:
        case Shape("circle", size) if size > 10:
            return f"big circle {size}"
        case Shape("circle", size):
            return f"circle {size}"
        case Shape(kind=k):
            return f"other {k}"


for shape in (Shape("circle", 20), Shape("circle", 3), Shape("square", 1)):
    print(describe(shape))


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))
