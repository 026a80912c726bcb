from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from typing import ClassVar


class Priority(Enum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()


@dataclass(order=True, frozen=False)
class Task:
    sort_index: tuple = field(init=False, repr=False)
    title: str
    priority: Priority = Priority.MEDIUM
    tags: list[str] = field(default_factory=list)
    done: bool = False
    counter: ClassVar[int] = 0

    def __post_init__(self):
        Task.counter += 1
        self.sort_index = (-self.priority.value, self.title)


@dataclass(frozen=True, slots=True)
class Point:
    x: float = 0.0
    y: float = 0.0

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def distance(self, other: Point = None) -> float:
        other = other or Point()
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


tasks = [Task("write tests", Priority.HIGH, ["dev"]), Task("lunch"), Task("email", Priority.LOW)]
for t in sorted(tasks):
    print(t)
print(asdict(tasks[0]), Task.counter)
p = Point(3, 4)
print(p.distance(), replace(p, y=0), p + Point(1, 1))
