# match statements: sequence/mapping/class patterns on builtins, guards, or-patterns, __match_args__ errors.
from collections import OrderedDict, defaultdict
def m(v):
    match v:
        case [1, *_, 2]: return "1..2"
        case [int(a), str(b)]: return f"int {a} str {b}"
        case (0 | 1) as bit: return f"bit {bit}"
        case {"x": int(x), "y": int(y)} if x == y: return "diag"
        case {"x": x, **rest} if rest: return f"x+{sorted(rest)}"
        case {"x": _}: return "x only"
        case bool(b): return f"bool {b}"
        case float(f) if f != f: return "nan"
        case float(): return "float"
        case bytes() | bytearray(): return "bytes-like"
        case str() if len(v) > 3: return "long str"
        case [*xs] if len(xs) > 3: return f"long seq {len(xs)}"
        case range(): return "range"
        case _: return f"other {type(v).__name__}"
for v in [[1, 5, 2], [1, 2], (3, "a"), 0, 1, {"x": 1, "y": 1}, {"x": 1, "y": 2}, {"x": 1}, True, False, float("nan"), 1.5, b"x", bytearray(), "hello", "hi", [1, 2, 3, 4, 5], range(3), OrderedDict(x=1, z=2), defaultdict(int, x=5), "abc"]:
    print(repr(v), "->", m(v))
class Pt:
    __match_args__ = ["x"]
    def __init__(self): self.x = 1
try:
    match Pt():
        case Pt(1): print("bad")
except TypeError as e: print(e)
class Pt2:
    __match_args__ = ("x", "x")
    x = 1
try:
    match Pt2():
        case Pt2(a, b): print(a, b)
except TypeError as e: print(e)
class Pt3:
    x = 1
try:
    match Pt3():
        case Pt3(x=1, x2=2): print("bad")
        case Pt3(x=1): print("kw ok")
except TypeError as e: print(e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print(e)
try:
    match 5:
        case "notatype"(): pass
except TypeError as e: print(e)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]: print(a + b + c + d)
match {"k": [1, {"z": 9}]}:
    case {"k": [_, {"z": z}]}: print("z", z)
match "x":
    case "y": print("no")
print("after no match")
v = 3
match v:
    case 1 | 2: print("small")
    case n if n > 2: print("big", n)
import enum
class C(enum.Enum):
    R = 1
    G = 2
match C.G:
    case C.R: print("r")
    case C.G: print("g")
match (1, 2):
    case [x, y]: print("tuple as seq", x, y)
match "ab":
    case [a, b]: print("str is not seq")
    case _: print("str not matched as sequence")
