# struct: seeded random formats (byte orders, counts, every code) packed with random values
# (in and out of range) and unpacked again; results and messages compared with CPython.
import random
import struct
R = random.Random(11)
CODES = "xcbB?hHiIlLqQnNefdspP"
def value(c):
    if c == "c": return R.choice([b"a", b"\xff", b"ab", "a"])
    if c in "sp": return R.choice([b"", b"abc", b"hello world", bytearray(b"xy"), "str"])
    if c in "efd": return R.choice([0.0, -1.5, 3.14159, 1e-5, 65504.0, 65520.0, 1e39, float("inf"), -0.0, 7, 2**70])
    if c == "?": return R.choice([0, 1, "", "x", None, 2.5])
    return R.choice([0, 1, -1, 127, 128, 255, 256, -129, 65535, 65536, -32769, 2**31, 2**32, -2**31 - 1, 2**63, 2**64, -2**63, R.randint(-1000, 1000), 1.5, "7"])
for i in range(700):
    order = R.choice(["", "@", "=", "<", ">", "!"])
    parts = []
    for _ in range(R.randint(1, 4)):
        c = R.choice(CODES)
        if order not in ("", "@") and c in "nNP" and R.random() < 0.8:
            c = "i"
        n = R.choice(["", "", "", "2", "3", "0", "10"])
        if c == "p" and n == "0":
            n = "1"  # CPython 3.11 fails unpacking "0p" (SystemError)
        parts.append(n + c)
    fmt = order + " ".join(parts) if R.random() < 0.2 else order + "".join(parts)
    try:
        s = struct.Struct(fmt)
    except struct.error as e:
        print(i, repr(fmt), "error", e)
        continue
    args = []
    for p in parts:
        c = p[-1]
        n = int(p[:-1]) if p[:-1] else 1
        if c == "x":
            continue
        args.extend([value(c)] if c in "sp" else [value(c) for _ in range(n)])
    try:
        packed = s.pack(*args)
        print(i, repr(fmt), s.size, packed.hex(), s.unpack(packed))
    except (struct.error, OverflowError, TypeError) as e:
        print(i, repr(fmt), s.size, type(e).__name__, e)
