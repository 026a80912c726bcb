def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
ba = bytearray(b"hello world")
m = memoryview(ba)
for e in ["memoryview(b'abc')[1]", "bytes(memoryview(b'abc')[1:])", "memoryview(b'abc').tolist()", "len(memoryview(b'abcd'))", "memoryview(bytearray(b'ab')).readonly", "memoryview(b'ab').nbytes",
          "memoryview(b'abc')[5]", "memoryview(b'abc')[-1]", "memoryview(b'abcdef')[::2].tobytes()", "memoryview(b'ab').hex()", "memoryview('x')", "memoryview(b'ab') == b'ab'", "memoryview(b'ab') == b'ac'",
          "m[0:5].tobytes()", "m.format", "m.itemsize", "m.ndim", "m.shape", "m.strides", "m.obj is ba", "bytes(m[6:])", "list(m[:3])", "b'x' + m[:2]", "memoryview(b'ab').__setitem__(0, 1)", "m.__setitem__(0, 300)", "m.__setitem__(slice(0, 2), b'abc')",
          "hash(memoryview(b'ab')) == hash(b'ab')", "hash(m)", "memoryview(b'abc').cast('B').tolist()"]:
    ev(e)
m[0] = ord("H"); m[6:11] = b"WORLD"
print(ba)
with memoryview(b"xyz") as mv2:
    print(mv2[0])
try:
    mv2[0]
except ValueError as e:
    print(type(e).__name__, e)
