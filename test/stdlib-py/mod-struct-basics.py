# struct: every format code, byte orders, native alignment, Struct objects, buffers.
import struct

codes = "cbB?hHiIlLqQnNefdP"
for c in codes:
    print(c, struct.calcsize(c), struct.calcsize("@" + c), end=" ")
    if c not in "nNP":
        print(struct.calcsize("<" + c), struct.calcsize(">" + c), struct.calcsize("=" + c), struct.calcsize("!" + c))
    else:
        print()

print(struct.calcsize("@bq"), struct.calcsize("@bq0i"), struct.calcsize("<bq"), struct.calcsize("@bhiq"))
print(struct.calcsize("@c?hHiIlLqQnNefdP"), struct.calcsize("=c?hHiIlLqQefd"))
print(struct.calcsize("3s2x?"), struct.calcsize("10p"), struct.calcsize("0s"), struct.calcsize("4i 2h"))

vals = [0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64 - 1]
for order in "@<>!=":
    for c in "bBhHiIlLqQ":
        ok = []
        for v in vals:
            try:
                b = struct.pack(order + c, v)
                assert struct.unpack(order + c, b) == (v,)
                ok.append(b.hex())
            except struct.error:
                ok.append("-")
        print(order + c, " ".join(ok))

print(struct.pack("@bhiq", 1, 2, 3, 4))
print(struct.pack("<bhiq", 1, 2, 3, 4))
print(struct.pack(">bhiq", 1, 2, 3, 4))
print(struct.pack("!HI", 0x1234, 0xDEADBEEF).hex())
print(struct.pack("nN", -5, 5), struct.unpack("nNP", struct.pack("nNP", -5, 5, 12345)))

floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e-8, 3.4028234663852886e38, 65504.0, 1e300, 5e-324, float("inf"), float("-inf"), 2**-24, 2**-25, 3 * 2**-26, 0.333333333, 1.0009765625, 1.00048828125, 1.00146484375]
for v in floats:
    out = [struct.pack("<d", v).hex(), struct.pack(">d", v).hex()]
    try:
        out.append(struct.pack("<f", v).hex())
    except OverflowError as e:
        out.append("OverflowError: %s" % e)
    out.append(struct.pack("f", v).hex())
    try:
        out.append(struct.pack("<e", v).hex())
        out.append(repr(struct.unpack("<e", struct.pack("<e", v))[0]))
    except OverflowError as e:
        out.append("OverflowError: %s" % e)
    print(repr(v), out, struct.unpack("<f", struct.pack("<f", min(v, 1e38)))[0])
print(struct.unpack("<d", struct.pack("<d", float("nan"))), struct.pack("<f", float("nan")), struct.pack("<e", float("nan")))
for bits in (0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0xc000, 0x3555):
    print(hex(bits), struct.unpack("<e", bits.to_bytes(2, "little"))[0], struct.unpack(">e", bits.to_bytes(2, "big"))[0])
print(struct.pack("<f", 3), struct.pack("d", True), struct.pack("<e", 1))

print(struct.pack("c?", b"x", []), struct.pack("???", 0, "a", 2.5), struct.unpack("?", b"\x05"))
print(struct.pack("3s", b"abcdef"), struct.pack("3s", bytearray(b"a")), struct.pack("0s", b"abc"))
print(struct.pack("5p", b"abcdefgh"), struct.pack("0p", b"a"), struct.pack("300p", b"a" * 300)[:3])
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3s2x?", b"abc\x00\x00\x01"))
print(struct.pack("2c3x2b", b"a", b"b", -1, 1))
print(struct.pack(b"<i", 5), struct.pack("2 i", 1, 2) if False else struct.pack("i i", 1, 2))

class Idx:
    def __index__(self):
        return 7
print(struct.pack("<i", Idx()), struct.pack("<?", Idx()), struct.pack("<d", Idx()))

s = struct.Struct("<hhl")
print(s.format, s.size, type(s).__name__, struct.Struct(b">q").format)
packed = s.pack(1, 2, 3)
print(packed, s.unpack(packed), s.unpack_from(b"xx" + packed, 2), s.unpack_from(packed))
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
print(buf)
struct.pack_into(">H", buf, 0, 0xABCD)
struct.pack_into(">H", buf, -2, 0x1234)
print(buf.hex())
mv = memoryview(buf)
struct.pack_into("<i", mv, 4, 99)
print(buf.hex(), struct.unpack_from("<i", mv, 4), struct.unpack_from("<i", buffer=bytes(buf), offset=-4))
it = struct.iter_unpack("<hb", bytes(range(9)))
print(it.__length_hint__(), list(it), it.__length_hint__())
print(list(s.iter_unpack(packed * 2)))
print(struct.unpack("<2h", memoryview(b"\x01\x00\x02\x00")), struct.unpack(">I", bytearray(b"\x00\x00\x01\x00")))
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
