# enum: functional API, unique, _missing_, __new__, _ignore_, _order_, auto variants.
import enum
from enum import Enum, IntEnum, auto, unique, verify, UNIQUE, CONTINUOUS


Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal), Animal.__module__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(list(Shape), Shape(3))
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
print(repr(Level.HIGH), Level.LOW + 1)
Fruit = Enum("Fruit", "apple, banana", start=10)
print(list(Fruit))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))

try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


class Case(Enum):
    LOWER = "lower"
    UPPER = "upper"

    @classmethod
    def _missing_(cls, value):
        for member in cls:
            if member.value == str(value).lower():
                return member
        return None


print(Case("UPPER"), Case("Lower"))
try:
    Case("title")
except ValueError as e:
    print("ValueError:", e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


try:
    Broken(2)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Ordinal(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    FIRST = 1, "1st"
    SECOND = 2, "2nd"


print(repr(Ordinal.FIRST), Ordinal(2).label, Ordinal.SECOND.value)


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in AutoName])


class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period["DAY_%d" % i] = i


print(list(Period), hasattr(Period, "i"))

try:
    class Ordered(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

for definition in ("reuse", "sunder", "extend", "method-then-member"):
    try:
        if definition == "reuse":
            class Reuse(Enum):
                A = 1
                A = 2
        elif definition == "sunder":
            class Sunder(Enum):
                _secret_ = 1
        elif definition == "extend":
            class More(Ok):
                C = 3
        else:
            class Clash(Enum):
                def A(self):
                    pass
                A = 1
    except (TypeError, ValueError) as e:
        print(definition, type(e).__name__ + ":", str(e).split(" at 0x")[0])


class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Child(Base):
    X = 10


print(Child.X.describe(), issubclass(Child, Base), Child.__mro__)


class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, repr(Field.name))
print(enum.EnumMeta is enum.EnumType, isinstance(Animal, enum.EnumType), Animal.ANT.__class__.__name__)


class Weird(Enum):
    A = "x"
    B = auto()


print(repr(Weird.B))
