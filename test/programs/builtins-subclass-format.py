import enum
class Color(enum.Enum):
    RED = 1
class Num(enum.IntEnum):
    ONE = 1
class MyInt(int):
    pass
class MyStr(str):
    def __str__(self): return "custom"
class MyFloat(float):
    pass
vals = [True, False, None, MyInt(5), MyStr("s"), MyFloat(2.5), Num.ONE, Color.RED, 1j]
for v in vals:
    out = []
    for spec in ["", ">6", "^7"]:
        try: out.append(format(v, spec))
        except Exception as e: out.append(f"{type(e).__name__}: {e}")
    print(repr(v), out, str(v), f"{v!s}|{v!r}", "%s|%r" % (v, v))
for v in [True, MyInt(5), Num.ONE]:
    print(f"{v:d} {v:x} {v:5} {v:.2f} {v:+}", "%d %x %.1f" % (v, v, v))
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, MyStr("ab").upper(), type(MyStr("ab").upper()).__name__, MyFloat(1.5) * 2, type(MyFloat(1.5) * 2).__name__)
print(int(MyInt(7)), float(MyFloat(1.5)), str(MyStr("q")), repr(MyStr("q")), MyStr("q") == "q", hash(MyStr("q")) == hash("q"), len(MyStr("abc")))
print(sorted([MyInt(3), 1, True]), max(MyFloat(1.5), 1), [MyStr("b"), "a"].index("a"), "x".join([MyStr("a"), "b"]))
print(bool(MyInt(0)), bool(MyStr("")), isinstance(MyInt(1), int), issubclass(MyStr, str), MyInt.__mro__, type(True + True))
print(round(MyFloat(2.675), 2), divmod(MyInt(7), 2), abs(MyInt(-3)), -MyInt(3), type(-MyInt(3)).__name__, MyInt(3).bit_length(), MyInt(10).to_bytes(1, "big"))
