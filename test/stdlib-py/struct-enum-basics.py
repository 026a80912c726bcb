# enum: members, names and values, lookups, iteration, aliases, comparisons.
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1     # an alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(type(Color.RED), isinstance(Color.RED, Color), type(Color), repr(Color), str(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)])
print(Color.RED in Color, f"{Color.GREEN}", "%s" % Color.BLUE, format(Color.BLUE, ">12") + "|")
print(sorted(Color, key=lambda c: c.value, reverse=True), list(reversed(Color)))
print(bool(Color), bool(Color.RED))

for bad in (lambda: Color(4), lambda: Color["PURPLE"], lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)

try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 4
except AttributeError as e:
    print("AttributeError")


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def is_vertical(self):
        return self in (Direction.NORTH, Direction.SOUTH)

    @classmethod
    def default(cls):
        return cls.NORTH


print([d.value for d in Direction], Direction.WEST.turn_right(), Direction.EAST.is_vertical)
print(Direction.default(), Direction.NORTH.NORTH if False else "", Direction.SOUTH.name.lower())

for member in Color:
    match member:
        case Color.RED:
            print("red!")
        case Color.GREEN | Color.BLUE:
            print("cool", member.name)


class Weekday(Enum):
    MONDAY = "mon"
    TUESDAY = "tue"


print(Weekday("tue"), Weekday("mon").value, [w.name for w in Weekday])
print(dir(Color))
print(dir(Direction.NORTH))
Color(7)
