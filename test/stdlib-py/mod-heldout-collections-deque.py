# Deques in a tutorial: bounded history, rotation, and the errors students hit.
from collections import deque, defaultdict, OrderedDict, namedtuple, ChainMap

history = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "echo", "cat"]:
    history.append(cmd)
    print(history)
history.appendleft("first")
print(history, history.maxlen)
d = deque(range(7), maxlen=5)
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft("ab")
print(d)
print(d.index(4), d.count(4))
try:
    d.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError:", e)
e = deque([1, 2, 3])
e.insert(1, 9)
print(e, e[1], e[-1])
e.remove(9)
print(e)
try:
    e.remove(42)
except ValueError as err:
    print("ValueError:", err)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 5)
except IndexError as err:
    print("IndexError:", err)
print(deque("abc") + deque("de"))
print(deque([1, 2]) * 2)
print(deque(maxlen=0))
print(repr(deque([[1], (2,)], maxlen=4)))
print(deque([3, 1, 2]) == deque([3, 1, 2]), deque([1]) < deque([2]))
r = deque(range(5)); r.reverse(); print(r)
print(list(reversed(deque("xyz"))))
try:
    deque([1], maxlen=-1)
except ValueError as err:
    print("ValueError:", err)
try:
    hash([])
except TypeError as err:
    print("TypeError:", err)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd)
print(defaultdict(int))
print(defaultdict(None, {"x": 1}))
dn = defaultdict()
try:
    dn["missing"]
except KeyError as err:
    print("KeyError:", err)
try:
    defaultdict(5)
except TypeError as err:
    print("TypeError:", err)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(dict(nested["x"]))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print(od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict())
try:
    od.move_to_end("zz")
except KeyError as err:
    print("KeyError:", err)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=5), Point._fields)
print(Point._make([3, 4]))
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    namedtuple("Bad", ["ok", "def"])
except ValueError as err:
    print("ValueError:", err)
try:
    namedtuple("Bad", ["a", "a"])
except ValueError as err:
    print("ValueError:", err)
try:
    namedtuple("Bad", ["_a"])
except ValueError as err:
    print("ValueError:", err)
print(namedtuple("R", "a def a _b", rename=True)._fields)
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0, 0])
print(P3(1), P3._field_defaults)
try:
    p._replace(w=1)
except ValueError as err:
    print("ValueError:", err)

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm))
child = cm.new_child({"c": 4})
print(child, child.parents)
cm["z"] = 0
print(cm.maps)
try:
    del cm["b"]
except KeyError as err:
    print("KeyError:", err)
