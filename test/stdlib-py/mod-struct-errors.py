# struct: struct.error / TypeError / OverflowError messages for bad formats, values and buffers.
import struct

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 2**70
cases = [
    ("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32),
    ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", -1), ("n", 2**63), ("N", -1),
    ("<i", 2**31), ("<I", -1), ("<I", 2**32), ("<l", 2**31), ("<L", 2**32), ("<q", 2**63), ("<Q", -1),
    ("<b", 200), ("<B", 256), ("<h", 70000), ("<H", 70000), (">q", 2**63), (">Q", 2**64), (">Q", -1),
    ("!q", big), ("=q", big), ("b", big), ("<h", big), (">i", big), ("q", big), ("L", 2**64),
    ("P", 2**64), ("P", -2**64), ("P", -1),
    ("i", 1.0), ("i", "1"), ("i", None), ("f", "x"), ("d", None), ("f", 1e300), ("<f", 1e300), ("!f", -1e300),
    ("e", 1e10), ("<e", 65520.0), ("<e", 65519.0), ("<e", float("inf")),
    ("c", b"ab"), ("c", "a"), ("c", 1), ("s", "a"), ("p", 1), ("3s", None),
]
for fmt, v in cases:
    attempt("pack %s %r" % (fmt, v), lambda: struct.pack(fmt, v))

attempt("too few", lambda: struct.pack("i"))
attempt("too many", lambda: struct.pack("i", 1, 2))
attempt("pad arg", lambda: struct.pack("x", 1))
attempt("s counts one", lambda: struct.pack("3s4s", b"a"))
attempt("native n in std", lambda: struct.pack("<n", 1))
attempt("bad char", lambda: struct.pack("z", 1))
attempt("bad char P", lambda: struct.calcsize(">P"))
attempt("count only", lambda: struct.pack("3", 1))
attempt("count space", lambda: struct.calcsize("2 i"))
attempt("order later", lambda: struct.calcsize("i<"))
attempt("unpack size", lambda: struct.unpack("i", b"12345"))
attempt("unpack empty", lambda: struct.unpack("<q", b""))
attempt("unpack str", lambda: struct.unpack("i", "abcd"))
attempt("unpack_from short", lambda: struct.unpack_from("i", b"1234567890", 8))
attempt("unpack_from neg", lambda: struct.unpack_from("i", b"1234567890", -11))
attempt("unpack_from neg ok", lambda: struct.unpack_from("<h", b"1234567890", -2))
attempt("unpack_from past", lambda: struct.unpack_from("i", b"1234", 10))
attempt("iter multiple", lambda: struct.iter_unpack("i", b"12345"))
attempt("iter zero", lambda: struct.iter_unpack("", b""))
attempt("pack_into short", lambda: struct.pack_into("i", bytearray(10), 8, 1))
attempt("pack_into neg", lambda: struct.pack_into("i", bytearray(10), -2, 1))
attempt("pack_into neg far", lambda: struct.pack_into("i", bytearray(10), -11, 1))
attempt("pack_into bytes", lambda: struct.pack_into("i", b"1234", 0, 1))
attempt("pack_into float offset", lambda: struct.pack_into("i", bytearray(8), 1.0, 1))
attempt("calcsize int", lambda: struct.calcsize(1))
attempt("Struct int", lambda: struct.Struct(3))
attempt("Struct bad", lambda: struct.Struct("iy"))
attempt("Struct float", lambda: struct.Struct("i").pack(1.5))
attempt("pack no args", lambda: struct.pack())
struct.unpack("q", b"\x00" * 7)
