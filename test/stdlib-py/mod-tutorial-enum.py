# enum in Python 3.11: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(f"{Color.RED}", format(Color.RED), str(Color.GREEN), "%s" % Color.BLUE)
print(Color.RED is Color(1), Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
print(type(Color.RED), Color.__members__.keys() if False else list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
for c in Color:
    print(c.name.lower(), c.value)

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
print(list(Weekday), Weekday.TUESDAY.value)

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.HIGH), f"{Priority.LOW}", Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1)
print(sorted([Priority.HIGH, Priority.LOW]), Priority(2), int(Priority.HIGH), str(Priority.LOW), format(Priority.LOW, "03d"))

class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = "inactive"
    PENDING = "Pending"
print(Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE == "active", Status.PENDING.upper(), f"{Status.INACTIVE}")
print(list(Status), "-".join(Status))

class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
rw = Permission.READ | Permission.WRITE
print(rw, repr(rw), Permission.READ in rw, Permission.EXECUTE in rw, bool(rw & Permission.EXECUTE))
print(list(rw), rw.value, ~Permission.READ, Permission(0), repr(Permission(0)))
print(list(Permission), len(Permission), Permission(7))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R | 8, Perm(7), int(Perm.R | Perm.W), Perm.R + 1)
print(list(Perm(7)), Perm(0), repr(Perm(0)), str(Perm.R), f"{Perm.R | Perm.W}")

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), list(Shape.__members__))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY)

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return f"my custom str! {self.value}"
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.CAT.value)
Size = Enum("Size", [("S", 1), ("M", 2)])
print(Size.M, Size(1))
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color, EnumMeta))
print({Color.RED: "r"}[Color.RED], hash(Color.RED) == hash(Color.RED))
class Ordinal(Enum):
    FIRST = "1st"
    def _generate_next_value_(name, start, count, last_values):
        return name
print(Ordinal.FIRST._value_, Ordinal._member_names_)
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
print(list(AutoName), AutoName.NORTH.value)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(enum.Flag.__name__, Permission.READ.name, rw.name)
import enum
class Num(enum.IntFlag):
    A = 1
    B = 2
for v in [0, 3, 8, 11, 16, 24, -1, -3]:
    x = Num(v)
    print(v, repr(x), str(x), format(x), x.name, x.value, list(x))
class K(enum.Flag, boundary=enum.KEEP):
    A = 1
    B = 2
for v in [0, 3, 8, 11]:
    x = K(v)
    print(v, repr(x), str(x), x.name, list(x))
print(repr(~Num.A), repr(Num.A | 8), repr(Num.B ^ 10), str(Num.A | 8))
