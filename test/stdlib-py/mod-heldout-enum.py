# Enums in a course: members, aliases, _missing_, auto, Flag combinations, errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, verify, UNIQUE, CONTINUOUS, member, nonmember


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias

print(Color.RED, repr(Color.RED), Color(1), Color["GREEN"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.CRIMSON.name)
print(Color.RED.name, Color.RED.value, type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED in Color, hash(Color.RED) == hash(Color.RED), Color.RED is Color(1))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
print(Color.RED < Color.BLUE if False else "no ordering")
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    def describe(self):
        return f"{self.name.title()} ({self.value})"

    @property
    def is_on(self):
        return self is Status.ACTIVE

print(Status("ACTIVE"), Status("Inactive").describe(), Status.ACTIVE.is_on)
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
print([d.value for d in Weekday], Weekday.TUE)

class Lower(StrEnum):
    NORTH = auto()
    SOUTH = auto()
print(Lower.NORTH, repr(Lower.NORTH), Lower.NORTH == "north", Lower.SOUTH.upper(), f"{Lower.NORTH}")

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print(list(Named))

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.LOW < Priority.HIGH, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2), str(Priority.LOW), f"{Priority.MEDIUM}", repr(Priority.HIGH))
print(Priority.MEDIUM == 2, int(Priority.HIGH), [p.name for p in Priority], format(Priority.LOW, "03d"))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RWX, repr(Perm.R | Perm.W | Perm.X))
print(Perm(0), repr(Perm(0)), Perm(6), bool(Perm(0)), Perm.R in (Perm.R | Perm.X), Perm.W in Perm.R)
print(list(Perm.RWX), ~Perm.R, Perm.RWX & ~Perm.W, (Perm.R | Perm.W).name, Perm(5).value)
print(list(Perm), len(Perm), Perm.R ^ Perm.RWX)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
print(Mode.READ | Mode.WRITE, repr(Mode.READ | 8), Mode(3), Mode.READ | 1, Mode.READ + 1, repr(Mode(0)), str(Mode.READ | Mode.EXEC), format(Mode.WRITE, ""))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape(3), Shape.SQUARE.value)
print(Color.__members__["CRIMSON"], dict(Color.__members__).keys())

class Constants(Enum):
    PI = 3.14
    helper = nonmember(42)
    @member
    def double(x):
        return 2 * x
print(list(Constants), Constants.helper, Constants.double.value(2))

try:
    @verify(CONTINUOUS)
    class Gappy(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)

class Shade(Enum):
    LIGHT = 1
    DARK = 2
    def __str__(self):
        return self.name.lower()
print(Shade.DARK, f"{Shade.LIGHT}", repr(Shade.DARK))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
print(Color.RED._value_, Color._member_names_, Weekday.MON._name_)
print(type(Color), isinstance(Color, EnumMeta), Color.__name__, dir(Color.RED)[:4])
