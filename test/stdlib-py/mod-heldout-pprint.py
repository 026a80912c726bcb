# pprint in a data-exploration tutorial: width, depth, compact, sort_dicts, recursion.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {"name": "pygil", "tags": ["python", "typescript", "interpreter"],
        "versions": {"3.11": {"status": "ok", "tests": list(range(30))}, "3.12": None},
        "matrix": [[i * j for j in range(6)] for i in range(4)], "empty": {}, "t": (1,), "s": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data["matrix"], compact=True, width=30)
pprint.pprint(data, indent=4, width=50)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat("a long string " * 8, width=30))
print(pprint.pformat(b"bytes " * 15, width=30))
print(pprint.pformat(("tuple", "of", "words") * 5, width=40))
print(pprint.pformat(frozenset(range(20)), width=30))
print(pprint.pformat(set(), width=10), pprint.pformat(frozenset()), pprint.pformat(()))
import re
def masked(text):
    return re.sub(r"id=\d+", "id=N", text)
r = [1, 2]
r.append(r)
print(masked(pprint.pformat(r)))
d = {"self": None}
d["self"] = d
print(masked(pprint.pformat(d)), pprint.isrecursive(d), pprint.isreadable(d), pprint.isreadable([1, "a"]), masked(pprint.saferepr(r)))
pprint.pprint(OrderedDict([("b", 1), ("a", [1] * 20)]), width=40)
pprint.pprint(defaultdict(list, {"k": list(range(25))}), width=40)
pprint.pprint(Counter("abracadabra" * 3), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({"a": list(range(12))}, {"b": 2}), width=30)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta="x" * 30), width=40)

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
@dataclass
class Order:
    items: list
    note: str = ""
order = Order([Item("widget", 9.99, ["a", "b"]), Item("gadget with a long name", 120.5, list(range(10)))], "rush")
pprint.pprint(order)
pprint.pprint(order, width=40)
pp = pprint.PrettyPrinter(indent=2, width=35, depth=3)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "list": [[[[1]]]]})
print(pp.pformat([1, 2]), pp.isrecursive([]))
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"z": 1, "a": 2, 3: "x"} if False else {"z": 1, "a": 2})
pprint.pprint({1: "a", "b": 2, (1, 2): None, None: 0})
pprint.pprint([{"id": i, "name": "user%d" % i, "active": i % 2 == 0} for i in range(3)])
pprint.pprint(list(range(5)), width=1)
pprint.pprint({"text": "word " * 20}, width=50)
pprint.pprint(3.0), pprint.pprint(-0.0), pprint.pprint(1e100), pprint.pprint(None)
import io
buf = io.StringIO()
pprint.pprint({"x": [1, 2, 3]}, stream=buf)
print(repr(buf.getvalue()))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    pprint.PrettyPrinter(depth=0)
except ValueError as e:
    print("ValueError:", e)
