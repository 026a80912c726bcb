# array: seeded random operations on arrays of every typecode (stores that overflow, slices,
# extended-slice assignment, byteswap, comparisons); results compared with CPython.
import random
from array import array
R = random.Random(5)
def val(tc):
    if tc in "fd": return R.choice([0.5, -1.25, 3.0, 1e10, -0.1, 7])
    if tc == "u": return R.choice("abcxyz\u00e9")
    return R.choice([0, 1, -1, 5, 127, 200, -129, 2**15, 2**31, -2**31, 2**63, R.randint(-100, 100)])
for i in range(600):
    tc = R.choice("bBuhHiIlLqQfd")
    try:
        a = array(tc, [val(tc) for _ in range(R.randint(0, 6))])
    except Exception as e:
        print(i, tc, "init", type(e).__name__, e); continue
    op = R.choice(["append", "extend", "insert", "pop", "remove", "index", "count", "getslice", "setslice", "delslice", "reverse", "byteswap", "bytes", "cmp", "add", "mul", "setitem", "contains"])
    r = None
    try:
        if op == "append": a.append(val(tc)); r = None
        elif op == "extend": a.extend([val(tc) for _ in range(2)]); r = None
        elif op == "insert": a.insert(R.randint(-8, 8), val(tc)); r = None
        elif op == "pop": r = a.pop(R.randint(-7, 6)) if R.random() < 0.7 else a.pop()
        elif op == "remove": a.remove(val(tc)); r = None
        elif op == "index": r = a.index(val(tc))
        elif op == "count": r = a.count(val(tc))
        elif op == "getslice": r = a[R.randint(-7, 7):R.randint(-7, 7):R.choice([1, 2, -1, -2])]
        elif op == "setslice":
            s = slice(R.randint(-7, 7), R.randint(-7, 7), R.choice([1, 1, 2, -1]))
            a[s] = array(tc, [val(tc) for _ in range(R.randint(0, 3))]); r = None
        elif op == "delslice": del a[R.randint(-7, 7):R.randint(-7, 7):R.choice([1, 2, -1])]; r = None
        elif op == "reverse": a.reverse(); r = None
        elif op == "byteswap" and tc != "u": a.byteswap(); r = None
        elif op == "bytes": r = a.tobytes().hex()
        elif op == "cmp": b = array(tc, [val(tc) for _ in range(2)]); r = (a < b, a == b, a >= b)
        elif op == "add": r = a + array(tc, [val(tc)])
        elif op == "mul": r = a * R.randint(-1, 3)
        elif op == "setitem": a[R.randint(-7, 7)] = val(tc); r = None
        elif op == "contains": r = val(tc) in a
        print(i, tc, op, r, a)
    except Exception as e:
        print(i, tc, op, type(e).__name__, e, a)
