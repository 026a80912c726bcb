import math
from operator import itemgetter, attrgetter
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v = Vector(3, 4)
print(v, abs(v), v + Vector(1, 1), 2 * v, v * 0.5, bool(Vector(0, 0)), list(v), tuple(v), f"{v:.2f}", {v, Vector(3, 4)}, v == Vector(3, 4))
x, y = v
print(x, y, max(Vector(1, 9), Vector(2, 0), key=abs), sorted([Vector(2, 2), Vector(1, 5)], key=attrgetter("x")))
people = [("alice", 31, 5.5), ("bob", 25, 6.1), ("carol", 31, 5.2)]
print(sorted(people, key=itemgetter(1, 0)), sorted(people, key=lambda p: (-p[1], p[2])), max(people, key=itemgetter(2)))
for name, age, h in people:
    print("%-8s %3d %5.1f %s" % (name.capitalize(), age, h, "*" * (age // 10)))
print("{:>10}|{:^10}|{:<10}".format("right", "center", "left"))
print("{0[0]}-{0[1]} {1[name]}".format((1, 2), {"name": "dict"}))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    float("1.2.3")
except ValueError as e:
    print(e)
try:
    [1, 2, 3].index(4)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2); t[0] = 5
except TypeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    math.sqrt(-4)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    (1).foo = 2
except AttributeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    raise ValueError("custom %d" % 42)
except Exception as e:
    print(type(e).__name__, e, str(e), repr(e))
try:
    {}.update([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    print(f"{1:z}")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
try:
    round(1.5, 1, 2)
except TypeError as e:
    print(e)
