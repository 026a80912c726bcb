#!/usr/bin/env python3
"""Write test/fixtures/format-cases.json: what CPython 3.11 answers for format(), %-formatting,
int()/float() of text, int<->float conversions, float // % divmod round, float.hex/fromhex,
as_integer_ratio and hash, on many generated inputs. Read by test/format*.test.ts.

Encodings: a float is the hex of its 64 bits ("3ff0000000000000"), an int its decimal text, a
str itself. An expected error is {"err": [ExceptionName, message]}.

Run: python3 scripts/gen-format-cases.py   (deterministic: fixed seed)
     python3 scripts/gen-format-cases.py SEED SCALE OUT   (exploring: another seed, SCALE times
     the random cases, written to OUT; run with FORMAT_CASES=OUT npx vitest run test/format.test.ts)
"""
import json
import math
import random
import struct
import sys
from decimal import Decimal, getcontext
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20261123
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
R = random.Random(SEED)
INF = float("inf")
NAN = float("nan")


def fbits(x):
    return struct.pack(">d", x).hex()


def enc_int(v):
    """Decimal, or hex ("-0x...") past what str() may write."""
    return str(v) if abs(v) < 10 ** 4000 else ("-" if v < 0 else "") + hex(abs(v))


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def run(fn):
    try:
        return fn()
    except Exception as e:  # the exception's name and message are the expected value
        return {"err": [type(e).__name__, str(e)]}


SPECIAL_FLOATS = [
    0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e15, 9999999999999998.0, 1e-4,
    0.0001, 9.999999999999999e-5, 1e-5, 9.9995, 9.9994999, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
    1e22, 1e21, 9.999999999999999e20, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e100, 1e300,
    123456789.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100.0, 1e-10, 1e-300, 1e-320, 1234.5, 1235.5,
    0.045, 0.055, 1.005, 2.675, 99.995, 999999.5, 9999999.5, 0.05, 0.15, 0.25, 0.35,
    -1e-10, -0.004, -0.005, -0.5, 1.0, -1.0, 10.0, 1e7, 12345678.9, 3.141592653589793,
    2.718281828459045, 6.02214076e23, 6.62607015e-34, 4.35, 4.45, 8.5, 0.9999999999999999,
]


def rand_float():
    k = R.random()
    if k < 0.25:
        while True:
            x = from_bits("%016x" % R.getrandbits(64))
            if not math.isnan(x) or R.random() < 0.05:
                return x
    if k < 0.40:
        return R.uniform(-1, 1) * 10.0 ** R.randint(-30, 30)
    if k < 0.55:
        return round(R.uniform(-1000, 1000), R.randint(0, 5))
    if k < 0.70:
        return R.randint(-100000, 100000) / 2 ** R.randint(1, 14)
    if k < 0.78:
        return float(R.randint(-(10 ** R.randint(1, 22)), 10 ** R.randint(1, 22)))
    if k < 0.85:  # subnormals and tiny
        return from_bits("%016x" % (R.getrandbits(52) | (R.getrandbits(1) << 63)))
    if k < 0.90:  # huge
        return R.uniform(-1, 1) * 10.0 ** R.randint(290, 308)
    return R.choice(SPECIAL_FLOATS)


def rand_int():
    k = R.random()
    if k < 0.35:
        return R.randint(-1000, 1000)
    if k < 0.60:
        return R.randint(-(10 ** 9), 10 ** 9)
    if k < 0.75:
        return R.randint(-(2 ** 64), 2 ** 64)
    if k < 0.85:
        return R.randint(-(10 ** R.randint(16, 60)), 10 ** R.randint(16, 60))
    if k < 0.90:
        return R.choice([2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53), 2 ** 63, 10 ** 20, 2 ** 1023, 2 ** 1024, -1, 0])
    if k < 0.95:
        return R.randint(-(10 ** 310), 10 ** 310)
    return R.choice([0, 1, 7, 65, 255, 1234, 1234567, -1234567, 0x10FFFF, 0x1F600, 0xD800])


STRS = ["", "abc", "hello world", "é", "😀x", "ab😀cd", "x" * 30, "tab\there", "ÄÖÜ", "日本語テキスト", "a'b\"c"]


def rand_spec(kind):
    p = []
    if R.random() < 0.35:
        fill = R.choice(["", "", "*", "0", " ", "x", "😀", "<", "=", "é", "."])
        p.append(fill + R.choice("<>=^"))
    if R.random() < 0.3:
        p.append(R.choice("+- "))
    if R.random() < 0.1:
        p.append("z")
    if R.random() < 0.2:
        p.append("#")
    if R.random() < 0.25:
        p.append("0")
    if R.random() < 0.5:
        p.append(str(R.choice([0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 40])))
    if R.random() < 0.25:
        p.append(R.choice([",", "_", ",", "_", ",_", "_,", "__"]))
    if R.random() < 0.45:
        p.append("." + str(R.choice([0, 0, 1, 2, 3, 4, 5, 6, 10, 12, 15, 16, 17, 20, 25, 30, 50])))
    if kind == "i":
        types = ["", "", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f", "F", "g", "G", "%", "s"]
    elif kind == "f":
        types = ["", "", "", "e", "E", "f", "f", "F", "g", "g", "G", "n", "%", "%", "d", "x"]
    else:
        types = ["", "", "s", "s", "d"]
    p.append(R.choice(types))
    spec = "".join(p)
    if R.random() < 0.04 and spec:  # a stray character somewhere
        i = R.randint(0, len(spec))
        spec = spec[:i] + R.choice("x.,_#+z0=<9") + spec[i:]
    return spec


FIXED_SPECS = [
    "", ".2f", ".0f", ".1f", ".3f", ".10f", "f", "e", "g", "%", ".2%", ",", "_", ",.2f", "10", "<10", "^10",
    ">10", "=10", "010", "+", " ", "-", "z", "z.1f", "#", "#x", "#o", "#b", "#X", "x", "X", "o", "b", "c",
    "n", ".3n", "08.3f", "+08.2f", "*^20,.3f", "0=12,", "_x", "_b", "_o", "#_x", "012_x", "#012_b", ".3",
    ".0", ".1", ".17", ".16", ".20e", ".30g", "#g", "#.0f", "#.0e", "#.3g", ".100f", ".120f", ".150e",
    ".200g", ".330f", "s", "d", ".2s", "10.3s", "=", ",,", "__", ",_", "_,", ".", "10.", "xx", "2x2",
    "99999999999999999999", ".99999999999999999999", "\U0001F600^10", "é>8", "\x01", ",\x01", "é",
    "+c", "#c", ".2c", "zd", "z", "+s", "#s", "=s", "z.2s", ",s", "_s", "0>+#10", "\u0661\u0660", ".\u0663f",
    "\U0001D7D8\U0001D7D7", " s", " ", "^ ", "< 5", "z ", "0 ", ", ", "\x7f", "~",
]


def gen_format():
    out = []
    for kind in "ifs":
        for spec in FIXED_SPECS:
            vals = [rand_int() for _ in range(3)] + [0, -1, 255] if kind == "i" else (
                [rand_float() for _ in range(4)] + [0.0, -0.0, 1.5, INF, NAN, 1234567.891] if kind == "f" else STRS)
            for v in vals:
                out.append(format_case(kind, v, spec))
    for _ in range(SCALE * 5000):
        kind = R.choice("iiffffs")
        v = rand_int() if kind == "i" else rand_float() if kind == "f" else R.choice(STRS)
        out.append(format_case(kind, v, rand_spec(kind)))
    # Precision beyond what toFixed/toExponential handle, on values of every size.
    for _ in range(SCALE * 400):
        x = rand_float()
        spec = R.choice([".%df", ".%de", ".%dg", "#.%dg", ".%d"]) % R.choice([99, 100, 101, 102, 120, 200, 330, 400, 760, 1100])
        out.append(format_case("f", x, spec))
    # Ties and near-ties at every precision for f and e.
    for _ in range(SCALE * 1500):
        x = R.randint(-10 ** 6, 10 ** 6) / 2 ** R.randint(1, 30)
        p = R.randint(0, 30)
        out.append(format_case("f", x, R.choice([".%df", ".%de", ".%dg"]) % p))
    # Exact ties: x = ±m / 2**k has exactly k fractional digits (the last a 5) and S significant
    # ones; rounding it one digit short must go to even, at precisions on both sides of 100.
    for _ in range(SCALE * 700):
        m = R.getrandbits(R.randint(1, 53)) | 1
        k = R.randint(1, 420)
        x = math.ldexp(m, -k) * R.choice([1, -1])
        sig = len("".join(str(d) for d in Decimal(abs(x)).as_tuple().digits).lstrip("0"))
        for spec in [".%df" % (k - 1), ".%de" % (sig - 2), ".%dg" % (sig - 1), "#.%dg" % (sig - 1)]:
            if "-" not in spec:
                out.append(format_case("f", x, spec))
    for x in SPECIAL_FLOATS:  # near powers of ten and the repr switch points
        for spec in [".16", ".15", ".17", "e", ".1e", ".0e", "g", ".1", ".3g", ".16e", ".15g", ".16g", ".17g"]:
            out.append(format_case("f", x, spec))
    for v in [10 ** 5000, -(10 ** 4300), 10 ** 4300 - 1, 2 ** 20000]:
        for spec in ["", "d", "n", ",", "x", "_b", "#o", "e", "f", ">10"]:
            out.append(format_case("i", v, spec))
    return out


def format_case(kind, v, spec):
    enc = enc_int(v) if kind == "i" else fbits(v) if kind == "f" else v
    return [kind, enc, spec, run(lambda: format(v, spec))]


def rand_percent():
    """A format string with a few conversions and an args tuple (some deliberately wrong)."""
    parts = []
    args = []
    for _ in range(R.randint(1, 3)):
        if R.random() < 0.5:
            parts.append(R.choice(["", "x", "abc ", "é:", "😀", " = ", "%%"]))
        flags = "".join(R.choice("-+ #0") for _ in range(R.choice([0, 0, 1, 1, 2, 3])))
        width = R.choice(["", "", "", "5", "10", "1", "0", "*", "20"])
        prec = R.choice(["", "", "", ".0", ".2", ".5", ".*", ".", ".10", ".30"])
        t = R.choice("diuoxXeEfFgGcrsa" + "dfsxge") if R.random() > 0.02 else R.choice("y%k")
        parts.append("%" + flags + width + prec + R.choice(["", "", "", "", "", "l", "h"]) + t)
        if width == "*":
            args.append(("i", R.choice([-8, -3, 0, 2, 5, 12])))
        if prec == ".*":
            args.append(("i", R.choice([-2, 0, 1, 3, 7])))
        args.append(percent_arg(t))
    if R.random() < 0.05 and args:
        args.pop()
    if R.random() < 0.05:
        args.append(("i", 1))
    return "".join(parts), args


def percent_arg(t):
    k = R.random()
    if k < 0.08:  # the wrong kind
        return R.choice([("s", "abc"), ("f", 1.5), ("i", 7)])
    if t in "diuoxXc":
        if t == "c" and R.random() < 0.3:
            return ("s", R.choice(["a", "é", "😀", "ab", ""]))
        if t == "c":
            return ("i", R.choice([65, 97, 0xE9, 0x1F600, -1, 0x110000, 48]))
        if t in "diu" and R.random() < 0.2:
            return ("f", R.choice([rand_float(), 3.7, -3.7, 1e20]))
        return ("i", rand_int())
    if t in "eEfFgG":
        return ("i", rand_int()) if R.random() < 0.15 else ("f", rand_float())
    if t in "rsa":
        return R.choice([("s", R.choice(STRS)), ("i", rand_int()), ("f", rand_float())])
    return ("i", 1)


def enc_arg(a):
    kind, v = a
    return [kind, enc_int(v) if kind == "i" else fbits(v) if kind == "f" else v]


FIXED_PERCENT = [
    ("%d", [("i", 5)]), ("%5%", []), ("%5%", [("i", 1)]), ("%-5%", [("i", 1)]), ("%%", []), ("%y", [("i", 1)]),
    ("%y", []), ("%", []), ("abc%", []), ("%.", [("i", 1)]), ("%.*", [("i", 1)]), ("%*", []), ("%*", [("i", 5)]),
    ("%*y", [("i", 5)]), ("%d %", [("i", 1), ("i", 2)]), ("%d %d", [("i", 1)]), ("%d", [("i", 1), ("i", 2)]),
    ("abc", [("i", 5)]), ("abc", []), ("%s", []), ("%é", [("i", 1)]), ("é%y", [("i", 1)]), ("😀%y", [("i", 1)]),
    ("%\x01", [("i", 1)]), ("%\x7f", [("i", 1)]), ("%ld", [("i", 5)]), ("%hd%Lf", [("i", 5), ("f", 1.5)]),
    ("%*d", [("s", "a"), ("i", 1)]), ("%.*d", [("f", 1.5), ("i", 1)]), ("%c", [("i", 0xD800)]),
    ("%.100f", [("f", 0.1)]), ("%f", [("f", 1e300)]), ("%.3e", [("i", 10 ** 400)]), ("%d", [("f", INF)]),
    ("%d", [("f", NAN)]), ("%x", [("f", 1.5)]), ("%e", [("s", "a")]), ("%c", [("f", 1.5)]), ("%c", [("s", "ab")]),
    ("%#o", [("i", 0)]), ("%#x", [("i", -255)]), ("%010f", [("f", INF)]), ("%-010f", [("f", -INF)]),
    ("%+f", [("f", NAN)]), ("%F", [("f", INF)]), ("%E", [("f", NAN)]), ("%#.0e", [("i", 1)]), ("%.0f", [("f", 0.5)]),
    ("%.0f", [("f", 2.5)]), ("%.2f", [("f", 0.125)]), ("%g", [("f", 1e-5)]), ("%g", [("f", 1e16)]),
    ("%s %s %s", [("i", 1), ("f", 2.5), ("s", "x")]), ("%r", [("s", "it's")]), ("%a", [("s", "é😀")]),
    ("%99999999999999999999d", [("i", 1)]), ("%.99999999999999999999d", [("i", 1)]), ("%.2147483648f", [("f", 1.0)]),
    ("%*.99999999999999999999d", [("i", 1)]), ("%99999999999999999999.*d", []), ("%2147483647.2147483647d", []),
    ("%d", [("i", 10 ** 5000)]), ("%x", [("i", 10 ** 5000)]), ("%5.1s|%-6s|", [("s", "abc"), ("s", "😀é")]),
]

FIXED_PERCENT_MAPPING = [
    ("%(a)s", {"a": ("i", 1)}), ("%(a)d %(b)s", {"a": ("i", 1), "b": ("s", "x")}), ("%(b)d", {"a": ("i", 1)}),
    ("%(a", {"a": ("i", 1)}), ("%(a)", {"a": ("i", 1)}), ("%(a)%", {"a": ("i", 1)}), ("%s %(a)s", {"a": ("i", 1)}),
    ("%(a)s %s", {"a": ("i", 1)}), ("%(a)*d", {"a": ("i", 1)}), ("%((a))s", {"(a)": ("i", 1)}), ("%()s", {"": ("i", 1)}),
    ("%(a)-5d|", {"a": ("i", 1)}), ("%(b)99999999999999999999d", {"a": ("i", 1)}),
    ("%(a)99999999999999999999d", {"a": ("i", 1)}), ("%(a", {}), ("%(a)s %(a)s", {"a": ("i", 1)}), ("abc", {}), ("%(x)ré", {"x": ("s", "é")}),
]


def gen_percent():
    out = []

    def val(a):
        return a[1]

    for fmt, args in FIXED_PERCENT:
        out.append([fmt, {"t": [enc_arg(a) for a in args]}, run(lambda: fmt % tuple(val(a) for a in args))])
        if len(args) == 1:
            out.append([fmt, {"v": enc_arg(args[0])}, run(lambda: fmt % val(args[0]))])
    for fmt, mapping in FIXED_PERCENT_MAPPING:
        d = {k: val(a) for k, a in mapping.items()}
        out.append([fmt, {"m": {k: enc_arg(a) for k, a in mapping.items()}, "ms": str(d)}, run(lambda: fmt % d)])
        out.append([fmt, {"v": ["i", "1"]}, run(lambda: fmt % 1)])
    for _ in range(SCALE * 3000):
        fmt, args = rand_percent()
        out.append([fmt, {"t": [enc_arg(a) for a in args]}, run(lambda: fmt % tuple(val(a) for a in args))])
    return out


def rand_int_text():
    base = R.choice([10, 10, 10, 0, 0, 2, 8, 16, 16, 36, 3, 7, 12, 20])
    b = base if base else R.choice([2, 8, 10, 16])
    digits_set = "0123456789abcdefghijklmnopqrstuvwxyz"[:b]
    n = R.choice([1, 1, 2, 3, 5, 10, 15, 16, 17, 20, 30, 60, 200])
    ds = "".join(R.choice(digits_set) for _ in range(n))
    if R.random() < 0.3:
        ds = ds.upper()
    if R.random() < 0.2:  # underscores, sometimes misplaced
        ds = "".join(c + ("_" if R.random() < 0.2 else "") for c in ds)
        if R.random() < 0.3:
            ds = R.choice(["_", "__"]) + ds
    prefix = ""
    if b != 10 and R.random() < 0.5:
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
        if R.random() < 0.3:
            prefix = prefix.upper()
        if R.random() < 0.2:
            prefix += "_"
    sign = R.choice(["", "", "", "-", "+", "+-", "- "])
    ws = lambda: R.choice(["", "", "", " ", "\t", "\n ", "\xa0", "\u2003", "\x1c"])
    s = ws() + sign + prefix + ds + ws()
    if R.random() < 0.1:
        i = R.randint(0, len(s))
        s = s[:i] + R.choice(["x", ".", " ", "g", "é", "٣", "\x00"]) + s[i:]
    return s, base


FIXED_INT_TEXT = [
    ("0", 10), ("-0", 10), ("  12  ", 10), ("1_000", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x_1f", 16),
    ("0x_1f", 0), ("0_0", 0), ("010", 0), ("00", 0), ("0b", 0), ("0x", 16), ("- 1", 10), ("+-1", 10),
    ("١٢٣", 10), ("\xa01\u2003", 10), ("\x1c1\x1f", 10), ("\ufeff1", 10), ("z", 36), ("Z", 36), ("0o17", 8),
    ("0O17", 0), ("0B1", 2), ("1.0", 10), ("", 10), ("  ", 10), ("0x1g", 16), ("٠x1", 0), ("1_000", 0),
    ("0_1", 0), ("00_0", 0), ("0x1g", 0), ("0x", 0), ("0b2", 0), ("0o", 0), ("0x_", 16), ("  0_", 0),
    ("0 x1", 0), ("-0x1", 0), ("0X_F", 0), ("0_0_0", 0), ("00x1", 0), ("10", 1), ("10", 37), ("10", -1),
    ("x" * 300, 10), ("1" * 4300, 10), ("1" * 4301, 10), ("1_" * 4300 + "1", 10), ("1" * 4300 + "_", 10),
    (" " + "1" * 4301 + "x", 10), ("x" + "1" * 4301, 10), ("f" * 5000, 16), ("1" * 5000, 2), ("7" * 5000, 8),
    ("z" * 5000, 36), ("9" * 4301, 0), ("0x" + "f" * 5000, 0), ("1" * 5000, 32), ("1" * 5000, 4), ("1" * 5000, 3),
    ("𝟏𝟐", 10), ("１２", 10), ("1\x00", 10), ("9007199254740993", 10), ("-9007199254740993", 10),
    ("9007199254740992", 10), ("123456789012345678901234567890", 10), ("zzzzzzzzzzzzzzzzzz", 36),
    ("ffffffffffffffffffff", 16), ("0" * 5000, 10), ("0" * 5000 + "1", 0),
]


def gen_parse_int():
    out = []
    cases = FIXED_INT_TEXT + [rand_int_text() for _ in range(SCALE * 2500)]
    for text, base in cases:
        res = run(lambda: int(text, base))
        out.append([text, base, res if isinstance(res, dict) else enc_int(res)])
    return out


def rand_float_text():
    k = R.random()
    if k < 0.5:
        mant = "".join(R.choice("0123456789") for _ in range(R.choice([0, 1, 1, 2, 5, 17, 20, 40])))
        if R.random() < 0.7:
            mant += "." + "".join(R.choice("0123456789") for _ in range(R.choice([0, 1, 3, 10, 25])))
        if R.random() < 0.4:
            mant += R.choice("eE") + R.choice(["", "+", "-"]) + str(R.randint(0, 400))
        if R.random() < 0.15:
            mant = "".join(c + ("_" if R.random() < 0.15 else "") for c in mant)
        s = R.choice(["", "", "-", "+"]) + mant
    elif k < 0.65:
        s = R.choice(["-", "+", ""]) + R.choice(["inf", "INF", "Infinity", "iNfInItY", "nan", "NaN", "infinit", "in f", "nan0"])
    elif k < 0.8:
        s = repr(rand_float())
    else:
        s = R.choice(["1e", ".", "1.", ".5", "1_.5", "1._5", "1e1_0", "1e_10", "0x10", "1e99999", "-0", "١.٥", "",
                      " ", "1 0", "\ufeff1", "1e-400", "-1E+1_0", "0_0.0_0", "infinity ", "- 1", "+.5e-3", "1d",
                      "1__0", "_1", "1_", "e5", "+", "-.", "1e+", "--1", "0.0000000000000000000000000001e28"])
    ws = lambda: R.choice(["", "", "", " ", "\t\n", "\xa0", "\u3000", "\x1c", "\x85"])
    return ws() + s + ws()


def halfway_texts():
    """Decimal texts exactly halfway between two doubles, and a hair either side: strtod must
    round them correctly however many digits they have."""
    getcontext().prec = 2000
    out = []
    for _ in range(150):
        x = abs(rand_float())
        if not math.isfinite(x) or x == 0 or x >= 1.7976931348623157e308:
            continue
        mid = (Decimal(x) + Decimal(math.nextafter(x, INF))) / 2
        t = format(mid, "f") if abs(mid.adjusted()) < 40 else format(mid, "e")
        out.append(t)
        tiny = Decimal(10) ** (mid.adjusted() - 1500)
        out.append(format(mid + tiny, "e"))
        out.append(format(mid - tiny, "e"))
    return out


def gen_parse_float():
    out = []
    for text in [rand_float_text() for _ in range(SCALE * 2000)] + halfway_texts():
        res = run(lambda: float(text))
        out.append([text, res if isinstance(res, dict) else fbits(res)])
    return out


def gen_parse_bytes():
    """int(bytes, base) and float(bytes): [latin-1 text, base or null for float, expected]."""
    texts = [b"12", b" 12 ", b"\xa012", b"x", b"1_0", b"0x1f", b"\xd9\xa3", b"1.5", b" -1e3\t", b"\x851", b"inf",
             b"1" * 4301, b"x" * 300, b"\xff" * 250]
    out = []
    for t in texts:
        for base in [10, 0, 16]:
            res = run(lambda: int(t, base))
            out.append([t.decode("latin-1"), base, res if isinstance(res, dict) else enc_int(res)])
        res = run(lambda: float(t))
        out.append([t.decode("latin-1"), None, res if isinstance(res, dict) else fbits(res)])
    return out


def gen_int_float():
    out = {"intToFloat": [], "trueDiv": [], "floatToInt": [], "intStr": []}
    ints = [rand_int() for _ in range(SCALE * 400)]
    for k in range(54, 1100, 7):  # around ties at every magnitude
        base = R.getrandbits(53) | (1 << 52)
        ints.append((2 * base + 1) << (k - 53))
        ints.append(((2 * base + 1) << (k - 53)) + R.choice([1, -1]))
        ints.append(-(((2 * base + 1) << (k - 53)) + 1))
    ints += [2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 971, -(2 ** 1024)]
    for v in ints:
        res = run(lambda: float(v))
        out["intToFloat"].append([enc_int(v), res if isinstance(res, dict) else fbits(res)])
    for _ in range(SCALE * 1200):
        a = rand_int() if R.random() < 0.6 else R.randint(-(2 ** R.randint(1, 1200)), 2 ** R.randint(1, 1200))
        b = rand_int() if R.random() < 0.6 else R.randint(-(2 ** R.randint(1, 1200)), 2 ** R.randint(1, 1200))
        if R.random() < 0.02:
            b = 0
        res = run(lambda: a / b)
        out["trueDiv"].append([enc_int(a), enc_int(b), res if isinstance(res, dict) else fbits(res)])
    for a, b in [(1, 2 ** 1075), (3, 2 ** 1075), (1, 2 ** 1074), (2 ** 1024, 2), (2 ** 1025, 2), (0, -5), (0, 2 ** 100),
                 (-(2 ** 100), 2 ** 99), (10 ** 400, 10 ** 399), (2 ** 53 + 1, 1), ((2 ** 53 + 1) * 3, 3), (1, 0)]:
        res = run(lambda: a / b)
        out["trueDiv"].append([enc_int(a), enc_int(b), res if isinstance(res, dict) else fbits(res)])
    for _ in range(SCALE * 600):
        x = rand_float()
        res = run(lambda: int(x))
        out["floatToInt"].append([fbits(x), res if isinstance(res, dict) else enc_int(res)])
    # Values given in hex: str() of some of them exceeds the int max str digits limit.
    for v in [rand_int() for _ in range(200)] + [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), 10 ** 5000]:
        out["intStr"].append([enc_int(v), run(lambda: str(v)), hex(v), oct(v), bin(v)])
    return out


def gen_float_ops():
    out = {"arith": [], "round": [], "roundInt": []}
    pairs = [(rand_float(), rand_float()) for _ in range(SCALE * 1500)]
    pairs += [(R.randint(-20, 20) * 0.5, R.choice([2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 0.1, -0.1])) for _ in range(200)]
    specials = [0.0, -0.0, 1.0, -1.0, 7.0, -7.0, INF, -INF, NAN, 5e-324, 1e308, 0.1]
    pairs += [(a, b) for a in specials for b in specials]
    for a, b in pairs:
        out["arith"].append([fbits(a), fbits(b), enc_float_result(lambda: a // b), enc_float_result(lambda: a % b),
                             enc_pair(lambda: divmod(a, b))])
    for _ in range(SCALE * 1500):
        x = rand_float()
        nd = R.choice([None, None, 0, 1, 2, 3, 5, 10, 15, 17, 20, 50, 300, 323, 324, 400, -1, -2, -5, -10, -100, -300,
                       -308, -309, -400])
        if nd is None:
            res = run(lambda: round(x))
            out["round"].append([fbits(x), None, res if isinstance(res, dict) else enc_int(res)])
        else:
            out["round"].append([fbits(x), nd, enc_float_result(lambda: round(x, nd))])
    for _ in range(300):
        x = R.randint(-100000, 100000) / 2 ** R.randint(0, 12)
        nd = R.randint(0, 6)
        out["round"].append([fbits(x), nd, enc_float_result(lambda: round(x, nd))])
    for x in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.7e308, 1.5e300]:
        for nd in [None, 0, 2, -308, -300]:
            if nd is None:
                res = run(lambda: round(x))
                out["round"].append([fbits(x), None, res if isinstance(res, dict) else enc_int(res)])
            else:
                out["round"].append([fbits(x), nd, enc_float_result(lambda: round(x, nd))])
    for _ in range(500):
        v = rand_int()
        nd = R.choice([0, 1, 5, -1, -1, -2, -3, -5, -10, -20, -50, -400, -1000])
        out["roundInt"].append([enc_int(v), nd, enc_int(round(v, nd))])
    for v, nd in [(15, -1), (25, -1), (-25, -1), (5, -1), (-5, -1), (2 ** 70 + 5, -1), (123, 0), (150, -2), (250, -2)]:
        out["roundInt"].append([enc_int(v), nd, enc_int(round(v, nd))])
    return out


def enc_float_result(fn):
    res = run(fn)
    return res if isinstance(res, dict) else fbits(res)


def enc_pair(fn):
    res = run(fn)
    return res if isinstance(res, dict) else [fbits(res[0]), fbits(res[1])]


def gen_hex_hash():
    out = {"hex": [], "fromhex": [], "ratio": [], "hashInt": [], "hashFloat": []}
    floats = [rand_float() for _ in range(SCALE * 800)] + SPECIAL_FLOATS
    for x in floats:
        out["hex"].append([fbits(x), x.hex()])
        r = run(lambda: x.as_integer_ratio())
        out["ratio"].append([fbits(x), r if isinstance(r, dict) else [str(r[0]), str(r[1])]])
        if not math.isnan(x):
            out["hashFloat"].append([fbits(x), str(hash(x))])
    texts = [x.hex() for x in floats[:300]]
    for _ in range(SCALE * 600):
        ds = "".join(R.choice("0123456789abcdefABCDEF") for _ in range(R.choice([0, 1, 3, 13, 14, 15, 20, 40])))
        fs = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([0, 0, 1, 5, 13, 14, 20, 40])))
        t = R.choice(["", "-", "+"]) + R.choice(["0x", "0X", "", "0x"]) + ds + (("." + fs) if R.random() < 0.7 else "")
        if R.random() < 0.8:
            t += R.choice("pP") + R.choice(["", "+", "-"]) + str(R.choice([0, 1, 4, 10, 100, 1000, 1022, 1023, 1024,
                                                                          1074, 1075, 1076, 1080, 99999999999]))
        t = R.choice(["", " ", "\t"]) + t + R.choice(["", " ", "\n"])
        texts.append(t)
    texts += ["0x1p1024", "x", "0x.p1", "0x1p", "1.8", ".8", "-inf", "Infinity", "nan", "-NaN", "0x1.0000000000000800000001p0",
              "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075", "0x1.1p-1075", "0x1p-1076", "0x3p-1076",
              "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1_0p0", "0x1p+1_0", "0x" + "0" * 1000 + "1p0",
              "0x1p-99999999999999999999", "0x1p99999999999999999999", "0x0p99999999999999999999", "\xa00x1p0",
              "0x1p0\xa0", "0x", "0x.", ".", "p1", "0xp1", "1p", "0x1.p1", "0x.1p1", "  0x1P-1022  ", "0x0.0000000000001p-1022",
              "0x0.00000000000008p-1022", "0x0.00000000000018p-1022", "0x1.ffffffffffffffp-1023", "inf ", " -infinity",
              "infinityx", "0x1e", "0x1.8e3", "-0x0p0", "+0x0.0"]
    for t in texts:
        out["fromhex"].append([t, enc_float_result(lambda: float.fromhex(t))])
    ints = [rand_int() for _ in range(SCALE * 400)] + [-1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 61 - 2, -(2 ** 61 - 2),
                                              2 ** 100, -(2 ** 100), 2 ** 122 - 1, 10 ** 300]
    for v in ints:
        out["hashInt"].append([enc_int(v), str(hash(v))])
    return out


def main():
    data = {
        "format": gen_format(),
        "str": [[fbits(x), str(x)] for x in [rand_float() for _ in range(SCALE * 3000)] + SPECIAL_FLOATS],
        "percent": gen_percent(),
        "parseInt": gen_parse_int(),
        "parseFloat": gen_parse_float(),
        "parseBytes": gen_parse_bytes(),
        **gen_int_float(),
        **gen_float_ops(),
        **gen_hex_hash(),
    }
    path = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(__file__).resolve().parent.parent / "test" / "fixtures" / "format-cases.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=True, separators=(",", ":")) + "\n")
    print(path, {k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
