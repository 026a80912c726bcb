# enum: IntEnum, StrEnum and mixins with data types.
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority.HIGH + 1, Priority(3), sorted([3, Priority.LOW, 2]))
print(isinstance(Priority.LOW, int), int(Priority.HIGH), [p * 10 for p in Priority], max(Priority))
print(Priority["HIGH"].value, hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom-Value"


print(Method.GET, repr(Method.POST), Method.CUSTOM, Method.GET == "get", Method.GET.upper(), "x" + Method.POST)
print(Method("post"), list(Method), f"{Method.GET:>6}|", isinstance(Method.GET, str))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)


class Mixed(int, Enum):
    ONE = 1
    TWO = 2


print(Mixed.ONE, repr(Mixed.TWO), f"{Mixed.ONE}", Mixed.ONE + Mixed.TWO, Mixed.TWO > 1)


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


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


class Coordinate(bytes, Enum):
    X = b"x"


class Size(float, Enum):
    SMALL = 1.5
    LARGE = 3.0


print(repr(Size.SMALL), Size.LARGE * 2, Size(1.5), repr(Coordinate.X), Coordinate.X.value)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


print(Status("404"), Status(200).name)
try:
    Status(500)
except ValueError as e:
    print("ValueError:", e)
print(Priority.__mro__, Method.__mro__)
print(len(dir(Priority)) > 50, "HIGH" in dir(Priority))
