# memoryview.cast to native struct formats: items, slices, assignment checks, shapes, equality, hashing
import struct
b = bytearray(struct.pack("<4d", 1.5, -2.0, 3.25, 1e300))
m = memoryview(b).cast("d")
print(m.format, m.itemsize, m.nbytes, len(m), m.shape, m.strides, m.tolist(), m[1], m[-1], list(m))
print(m[1:3].tolist(), m[::2].tolist(), m[::2].strides, m[1:3].nbytes, m[::-1].tolist())
m[0] = 7
print(m[0], b[:8])
try: m[0] = "x"
except Exception as e: print(type(e).__name__, e)
m2 = memoryview(bytes(range(8))).cast("h")
print(m2.tolist(), m2.readonly, m2.cast("B").tolist()[:3], m2 == memoryview(bytes(range(8))), m2 == bytes(range(8)))
try: m2[0] = 1
except Exception as e: print(type(e).__name__, e)
mh = memoryview(bytearray(4)).cast("h")
for v in (70000, -32769, 1.5, True):
    try: mh[0] = v; print("set", v, mh.tolist())
    except Exception as e: print(type(e).__name__, e)
for f in ("i", "I", "l", "L", "q", "Q", "b", "c", "?", "f", "e", "n", "N", "P", "@i", "<i", "x", "ii", "hh"):
    try:
        mv = memoryview(bytes(range(1, 17))).cast(f)
        print(f, mv.format, mv.itemsize, len(mv), mv.tolist()[:3], mv[0])
    except Exception as e: print(f, type(e).__name__, e)
try: memoryview(bytes(7)).cast("i")
except Exception as e: print(type(e).__name__, e)
try: memoryview(bytes(8)).cast("i").cast("h")
except Exception as e: print(type(e).__name__, e)
try: memoryview(bytes(8))[::2].cast("h")
except Exception as e: print(type(e).__name__, e)
try: memoryview(bytes(8)).cast(5)
except Exception as e: print(type(e).__name__, e)
g = memoryview(bytes(range(6))).cast("B", [2, 3])
print(g.tolist(), g.shape, g.ndim, g.strides, len(g), g[1, 2], g.nbytes)
try: g[0]
except Exception as e: print(type(e).__name__, e)
try: memoryview(bytes(6)).cast("B", [4, 2])
except Exception as e: print(type(e).__name__, e)
print(memoryview(bytes(8)).cast("i").cast("B").format, memoryview(bytes(8)).cast("i").cast("c").tolist())
dm = memoryview(struct.pack("2d", 1.0, 2.0)).cast("d")
print(bytes(dm), dm.tobytes(), dm.hex(), dm == memoryview(struct.pack("2d", 1.0, 2.0)).cast("d"), dm == [1.0, 2.0])
fm = memoryview(bytearray(8)).cast("f")
fm[0] = 0.1
fm[1] = 3
print(fm.tolist())
x = memoryview(bytearray(8)).cast("d")
x[0] = 2
print(x.tolist(), type(x[0]))
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
try: hash(memoryview(bytes(8)).cast("d"))
except Exception as e: print(type(e).__name__, e)
print(memoryview(b"abc").cast("c")[1], memoryview(b"\x00\x01").cast("?").tolist())
cm = memoryview(bytearray(b"abc")).cast("c"); cm[0] = b"z"; print(cm.tobytes())
try: cm[0] = 5
except Exception as e: print(type(e).__name__, e)
for v in memoryview(struct.pack("3i", 1, -2, 3)).cast("i"): print(v, end=" ")
print()
print(memoryview(bytes(4)).cast("i").toreadonly().format, memoryview(memoryview(bytes(4)).cast("i")).format)
try: memoryview(bytes(range(6))).cast('B', [2, 3])[0, 1, 2]
except Exception as e: print(type(e).__name__, e)
print(memoryview(bytes(range(6))).cast('B', (6,)).shape, memoryview(bytes(range(6))).cast('B', [2, 3]).cast('B').tolist())
v = memoryview(struct.pack("3d", 0.5, 1.5, 2.5)).cast("d")
print(sum(v), max(v), v.strides, memoryview(bytes(6)).cast("B", [2, 3]).strides, struct.unpack_from("d", v, 8))
