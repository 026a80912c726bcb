# array: construction, typecodes, sequence operations, conversions, repr, comparisons.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A)
for tc in array.typecodes:
    a = A(tc, "xyz") if tc == "u" else A(tc, [1, 2, 3])
    print(tc, a.itemsize, a.typecode, repr(a), len(a), a.tolist(), a.tobytes().hex())
print(repr(A("i")), repr(A("d", [1, 2.5])), repr(A("u")), A("f", [0.1])[0], A("d", [0.1])[0])

a = A("i", range(5))
a.append(10)
a.extend([20, 30])
a.extend(A("i", [40]))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-100, -99)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(10)
print(a, a.index(3), a.index(3, 2), a.count(3), a.count(7), 3 in a, 7 in a)
a.reverse()
print(a, a[0], a[-1], a[1:3], a[::2], a[::-1], list(a), [x * 2 for x in a])
a[0] = 100
a[-1] = -100
a[1:3] = A("i", [7, 8, 9])
print(a)
a[::2] = A("i", [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a, len(a), a.buffer_info()[1])

b = A("h", [1, 2]) + A("h", [3])
print(b, b * 2, 2 * b, b * 0, A("h") + A("h"))
b += A("h", [4])
b *= 2
print(b)
print(A("i", [1, 2]) == A("d", [1.0, 2.0]), A("i", [1, 2]) < A("i", [1, 3]), A("b", [1]) == [1], A("b") != A("B"))
print(A("i", [1, 2]) <= A("i", [1, 2]), A("i", [2]) > A("i", [1, 9]), A("i", [2]) >= A("i", [3]))

c = A("H", [1, 258, 65535])
print(c.tobytes(), bytes(c))
c.byteswap()
print(c)
d = A("d")
d.frombytes(A("d", [1.5, -2.25]).tobytes())
d.fromlist([3, 4.5])
print(d, d.tolist())
e = A("b", b"\x01\xff\x7f")
print(e, A("B", b"\x01\xff"), A("i", A("b", [1, 2])), A("q", [2**63 - 1, -2**63]), A("Q", [2**64 - 1]))
u = A("u", "hello")
u.fromunicode(" world")
u.append("!")
print(u, u.tounicode(), u[1], u[1:3], u.tobytes()[:8])
f = A("f", [1e300, 1.5, -0.0])
print(f, A("f", [16777217]), A("d", [True, 3]))
g = A("l", [5, 1, 4])
print(sorted(g), sum(g), max(g), list(reversed(g)), A("i", iter([1, 2])), A("i", (x for x in [3])))
import copy
h = copy.copy(g)
h.append(0)
print(g, h, copy.deepcopy(h))
print(A("b", [True, False]), A("I", [0xFFFFFFFF]), A("L", [2**64 - 1]))
