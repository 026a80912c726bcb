# dataclasses: __post_init__, InitVar, init=False fields, ClassVar, inheritance.
from dataclasses import dataclass, field, InitVar, fields
from typing import ClassVar, List


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


print(Rectangle(2, 3))


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    deposit: InitVar[float] = 0.0
    count: ClassVar[int] = 0

    def __post_init__(self, deposit):
        self.balance += deposit
        Account.count += 1


a = Account("ann", deposit=50)
b = Account("bob", 10, 5)
print(a, b, Account.count)
print([f.name for f in fields(Account)])
print(Account.__dataclass_fields__["deposit"]._field_type, Account.__dataclass_fields__["count"]._field_type)


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), Derived(5, 6, 7), [f.name for f in fields(Derived)])


@dataclass
class Person:
    name: str
    friends: List[str] = field(default_factory=list)


@dataclass
class Student(Person):
    school: str = "none"

    def greet(self):
        return f"{self.name} from {self.school}"


s = Student("sam", ["kim"], "MIT")
print(s, s.greet(), isinstance(s, Person))


@dataclass
class WithDefaultsInPost:
    items: list = field(default_factory=list)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.total = sum(self.items)


print(WithDefaultsInPost([1, 2, 3]), WithDefaultsInPost())
try:
    Rectangle(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
