from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Move:
    direction: str
    steps: int = 1


def handle(command):
    match command.split():
        case ["quit" | "exit"]:
            return "bye"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", direction, steps] if steps.isdigit():
            return Move(direction, int(steps))
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case ["say", *words]:
            return " ".join(words)
        case []:
            return "nothing"
        case _:
            return f"unknown: {command!r}"


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case {"type": "circle", "radius": r, **rest}:
            return f"circle r={r} extra={rest}"
        case [Point() as first, *others]:
            return f"path from {first} with {len(others)} more"
        case int() | float() as number if number < 0:
            return "negative"
        case str() | bytes():
            return "text"
        case None | True | False:
            return "singleton"
        case (1, 2, *_):
            return "starts 1, 2"
        case _:
            return "other"


for c in ["go north", "go west 3", "pick up key lamp", "say hi there", "", "dance"]:
    print(handle(c))
for o in [Point(0, 0), Point(0, 5), Point(2, 2), {"type": "circle", "radius": 1, "c": 2},
          [Point(1, 2), Point(3, 4)], -1.5, "s", None, (1, 2, 3), object]:
    print(describe(o))
