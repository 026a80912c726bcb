# match statements, f-string/format/% specs, int/float/complex edge arithmetic and conversions.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
def describe(obj):
    match obj:
        case Point(x=0, y=0): return "origin"
        case Point(x=0, y=y): return f"on y at {y}"
        case Point(x, 0): return f"on x at {x}"
        case Point(): return "point"
        case [x, y, *rest] if not rest: return f"pair {x} {y}"
        case [x, *rest]: return f"seq head {x} rest {rest}"
        case {"action": "go", **kw}: return f"go {kw}"
        case {"k": str() as s}: return f"k str {s}"
        case int(n) | float(n) if n > 100: return f"big {n}"
        case 1 | 2 | 3: return "small"
        case str() as s: return f"str {s!r}"
        case None: return "none"
        case True: return "true"
        case _: return "other"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), [1, 2], [1, 2, 3], (9,), {"action": "go", "speed": 3}, {"k": "v"}, 500, 2.5e3, 2, "hi", None, True, 1.5, []]:
    print(repr(o), "->", describe(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print(e)
class WithArgs:
    __match_args__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, 2
match WithArgs():
    case WithArgs(a, b): print("matched", a, b)
try:
    match WithArgs():
        case WithArgs(1, 2, 3): pass
except TypeError as e: print(e)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print(rest)
match "hello":
    case "hi" | "hello" as greet: print("greet", greet)
import enum
class Color(enum.Enum):
    RED = 1; GREEN = 2
match Color.RED:
    case Color.GREEN: print("green")
    case Color.RED: print("red")
# f-strings and formatting
v, w = 3.14159, 42
print(f"{v:.2f}|{v:10.3f}|{v:<10}|{v:^10.1f}|{v:+.1e}|{w:08b}|{w:#x}|{w:#o}|{w:,}|{1234567.891:_.2f}|{w!r:>5}|{'s':*^7}")
print(f"{w=}, {v = :.1f}, {'x'!a}, {'é'!a}, {w:>{5}}, {{literal}}")
print(f"{-0.0}, {1e16}, {1e-5}, {123456789.0}, {0.1+0.2}, {1/3}, {2**0.5:.15g}, {float('nan')}, {-float('inf')}")
print(format(1e300*1e10, ""), format(12345.6789, "e"), format(0.00001234, "g"), format(123456789, "g"), format(1.5, "%"), format(0.5, ".0%"))
print(format(-12, "05d"), format(12, "+d"), format(12, " d"), format(-1.5, "=+8.2f"), format(255, "X"), format(3, "c") if False else format(65, "c"))
print("%5.2f|%-6d|%s|%r|%x|%o|%e|%g|%%|%c|%05d|%+d" % (3.14159, 42, "s", "s", 255, 8, 12345.678, 0.0001, 65, -42, 5))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("{0} {1} {0}".format("a", "b"), "{:>8}".format("r"), "{name}".format(name="n"), "{0[1]}".format([5, 6]), "{.real}".format(3))
try: "{} {}".format(1)
except IndexError as e: print(e)
try: "{x}".format()
except KeyError as e: print(repr(e))
try: f"{1:d}" and format(1.5, "d")
except ValueError as e: print(e)
try: format("s", "d")
except ValueError as e: print(e)
try: "%d" % "s"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), type(round(2.5)), type(round(2.5, 0)))
print(int("  42 "), int("0x1f", 16), int("0b101", 0), int("1_000"), float("  1e3 "), float("-inf"), int(-3.9), int(3.9))
for bad in ["4.5", "", "1__0", "0x"]:
    try: int(bad)
    except ValueError as e: print(e)
try: float("abc")
except ValueError as e: print(e)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), -7.5 // 2, 2 ** -1, (-8) ** (1/3), pow(2, 10, 1000), pow(3, -1, 7))
print(0.1 + 0.2 == 0.3, abs(-0.0), 1e308 * 10, -1e308 * 10, 10 ** 20, 10.0 ** 20, 2 ** 100, int(1e20), float(2**53 + 1))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), 1j ** 2, (2+0j) ** 0.5)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 2 ** 10000.0
except OverflowError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
print(True + True, True * 3, -True, ~5, 5 >> 1, -5 >> 1, 1 << 70, 5 & 3, 5 | 3, 5 ^ 3, ~True)
print(bin(-5), hex(-255), oct(8), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-1).bit_length())
print(7 .__floordiv__(2), (3).__truediv__(2), (2).__pow__(3), (5).__rsub__(10), 1 .__add__(1.5))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), 1.0.is_integer(), (2.5).__round__(), math_ok := True)
