# Structural pattern matching with dataclasses, enums, namedtuples and dicts (3.10+ tutorials)
from dataclasses import dataclass
from enum import Enum, auto
from collections import namedtuple
from typing import NamedTuple
import json

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

@dataclass
class Point:
    x: float
    y: float

@dataclass
class Circle:
    center: Point
    radius: float

@dataclass
class Rect:
    corner: Point
    w: float
    h: float

Pair = namedtuple("Pair", "left right")

class Move(NamedTuple):
    dx: int
    dy: int

def describe(shape):
    match shape:
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle at origin r={r}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle():
            return "some circle"
        case Rect(w=w, h=h) if w == h:
            return f"square {w}"
        case Rect(corner=Point(x, y)):
            return f"rect at {x},{y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Color.RED:
            return "red!"
        case Color():
            return f"color {shape.name.lower()}"
        case Pair(left, right):
            return f"pair {left}/{right}"
        case [Move(dx=0, dy=0), *rest]:
            return f"starts still, {len(rest)} more"
        case [int(a), int(b)]:
            return f"two ints {a + b}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {sorted(extra)}"
        case {"type": kind}:
            return f"record of {kind}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case str(s):
            return f"text {s!r}"
        case float(v) | int(v):
            return f"number {v}"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"

samples = [Circle(Point(0, 0), 2), Circle(Point(1, 2), 12), Circle(Point(1, 2), 3), Rect(Point(0, 0), 4, 4),
           Rect(Point(1, 1), 2, 3), Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Color.RED, Color.BLUE,
           Pair(1, 2), [Move(0, 0), Move(1, 0)], [1, 2], [1, "a", 3.5, "z"], {"type": "user", "name": "ann", "age": 3, "x": 1},
           {"type": "order"}, "123", "hi", 2.5, 7, None, {1, 2}, (9,)]
for s in samples:
    print(describe(s))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "can't go there"
        case ["pick", "up", *items] if items:
            return f"picked {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
for line in ["go north", "go up", "pick up sword shield", "pick up", "quit", "", "dance wildly"]:
    print(repr(line), "->", command(line))

events = json.loads('[{"event": "click", "pos": [10, 20]}, {"event": "key", "key": "q"}, {"event": "scroll", "delta": -3}, {"event": "close"}]')
for ev in events:
    match ev:
        case {"event": "click", "pos": [x, y]}:
            print("click", x, y)
        case {"event": "key", "key": "q" | "Q"}:
            print("quit key")
        case {"event": "scroll", "delta": int(d)} if d < 0:
            print("scroll up", -d)
        case {"event": other}:
            print("other event", other)
print(Point.__match_args__, Move.__match_args__, Pair.__match_args__)
