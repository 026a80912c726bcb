# deque, defaultdict, namedtuple, OrderedDict, ChainMap, User* as a course would show them
from collections import deque, defaultdict, namedtuple, OrderedDict, ChainMap
from collections import UserDict, UserList, UserString

d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extendleft("ab"); print(d)
print(d.popleft(), d.pop(), d)
print(d.count(2), d.index(3), 3 in d, len(d))
history = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "echo", "cat"]:
    history.append(cmd)
print(list(history), repr(deque()), deque("xyz"))
print(deque(range(5))[2], deque(range(5)) * 2)

# group words by first letter
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(groups)
print(dict(groups))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(set); dd["k"].add(1); print(dd)
print(defaultdict(None, {1: 2}))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x + p.y, p[0], tuple(p))
print(p._replace(x=10), p._asdict(), Point._fields)
print(Point._make([7, 8]))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
e = Employee("Ann", "IT")
print(e, Employee._field_defaults)
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
Color = namedtuple("Color", "red green blue", rename=False)
print(Color(1, 2, 3)._asdict())
R = namedtuple("R", ["def", "ok", "ok"], rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError:", err)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("d", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False))
print(od)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
print(repr(OrderedDict()))

defaults = {"theme": "light", "lang": "en", "debug": False}
user = {"theme": "dark"}
cli = {"debug": True}
cfg = ChainMap(cli, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["debug"])
print(cfg)
print(sorted(cfg), len(cfg))
child = cfg.new_child({"lang": "fr"})
print(child["lang"], child.parents["lang"])
child["x"] = 1
print(child.maps[0])
print(dict(cfg))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}); ld["B"] = 2
print(ld, ld.data, "a" in ld, ld.get("c", 0))

class Stack(UserList):
    def push(self, item):
        self.append(item)
s = Stack([1, 2]); s.push(3)
print(s, s + [4], s[1:], type(s[1:]).__name__)

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hello")
print(u.shout(), u, repr(u), len(u), u[1:3], type(u.upper()).__name__)
