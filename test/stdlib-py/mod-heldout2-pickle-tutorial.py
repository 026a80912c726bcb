import pickle
import io
import os
import tempfile
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter
from dataclasses import dataclass, field
from enum import Enum
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

class Player:
    def __init__(self, name, level=1):
        self.name = name
        self.level = level
        self.inventory = []
    def __repr__(self):
        return f"Player({self.name!r}, level={self.level}, inventory={self.inventory})"

class Connection:
    """Holds a resource that should not be pickled."""
    def __init__(self, host):
        self.host = host
        self.socket = object()
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __reduce__(self):
        return (Temperature, (self.celsius,))
    def __eq__(self, other):
        return self.celsius == other.celsius

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Config:
    name: str
    values: list = field(default_factory=list)

Point = namedtuple("Point", "x y")

hero = Player("Aria", 7)
hero.inventory += ["sword", "potion"]
data = pickle.dumps(hero)
print(type(data), data[:2], len(data) > 20)
clone = pickle.loads(data)
print(clone, clone is hero, clone.__dict__ == hero.__dict__)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "save.pkl")
    with open(path, "wb") as f:
        pickle.dump({"player": hero, "score": 1200}, f)
        pickle.dump([1, 2, 3], f)
    with open(path, "rb") as f:
        first = pickle.load(f)
        second = pickle.load(f)
        try:
            pickle.load(f)
        except EOFError as e:
            print("EOFError:", e)
    print(first["player"], first["score"], second)

c = pickle.loads(pickle.dumps(Connection("db.local")))
print(c.host, c.socket)
print(pickle.loads(pickle.dumps(Temperature(21.5))) == Temperature(21.5))
everything = [Color.GREEN, Config("x", [1, 2]), Point(3, 4), deque([1, 2], maxlen=5),
              OrderedDict(a=1, b=2), Counter("banana"), date(2024, 2, 29),
              datetime(2020, 1, 2, 3, 4, 5), timedelta(days=2, seconds=7), Decimal("3.14"),
              Fraction(2, 3), {1, 2, 3}, frozenset("ab"), b"raw", bytearray(b"ba"), 3 + 4j,
              range(0, 10, 2), None, True, 2 ** 100, -0.0, float("inf")]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(everything, protocol=proto))
    print(proto, back == everything, back[0] is Color.GREEN)
print(back)
dd = defaultdict(list, {"a": [1]})
back = pickle.loads(pickle.dumps(dd))
print(back, back.default_factory)
shared = [1, 2]
pair = pickle.loads(pickle.dumps((shared, shared)))
print(pair[0] is pair[1])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, "two", 3.0], protocol=0))
print(pickle.dumps({"k": (1, 2)}, protocol=2))
print(pickle.dumps(hero, protocol=4))

def try_dump(obj):
    try:
        pickle.dumps(obj)
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")
try_dump(lambda x: x)
def outer():
    def inner():
        pass
    return inner
try_dump(outer())
try_dump((x for x in range(3)))
try_dump(open(__file__))
import threading
try_dump(defaultdict(lambda: 0))
try:
    pickle.loads(b"not a pickle")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
try:
    pickle.loads(b"")
except EOFError as e:
    print("EOFError:", e)
try:
    pickle.dumps(1, protocol=9)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__[1])
