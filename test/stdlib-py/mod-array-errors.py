# array: overflow and type errors per typecode, bad typecodes, index and slice errors.
from array import array as A

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for tc in "bBhHiIlLqQ":
    for v in [2**70, -2**70, 2**7, -129, 256, -1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, 1.5, "1", None]:
        attempt("%s %r" % (tc, v), lambda: A(tc, [v]))
for tc in "fdu":
    for v in [1, 1.5, "1", "ab", None, 10**400]:
        attempt("%s %r" % (tc, v), lambda: A(tc, [v]))

attempt("bad typecode", lambda: A("x"))
attempt("long typecode", lambda: A("ii"))
attempt("int typecode", lambda: A(1))
attempt("no args", lambda: A())
attempt("str init", lambda: A("i", "abc"))
attempt("u from i", lambda: A("u", A("i", [1])))
attempt("kwargs", lambda: A("i", initializer=[1]))
a = A("i", [1, 2, 3])
attempt("getitem", lambda: a[3])
attempt("getitem neg", lambda: a[-4])
attempt("getitem str", lambda: a["x"])
def setit(i, v):
    a[i] = v
attempt("setitem", lambda: setit(5, 1))
attempt("setitem float", lambda: setit(0, 1.0))
attempt("setitem big", lambda: setit(0, 2**40))
attempt("slice list", lambda: setit(slice(0, 1), [1]))
attempt("slice other type", lambda: setit(slice(0, 1), A("h", [1])))
attempt("ext slice size", lambda: setit(slice(None, None, 2), A("i", [1])))
def delit(i):
    del a[i]
attempt("delitem", lambda: delit(10))
attempt("pop empty", lambda: A("i").pop())
attempt("pop range", lambda: a.pop(10))
attempt("remove", lambda: a.remove(10))
attempt("index", lambda: a.index(10))
attempt("index range", lambda: a.index(1, 1))
attempt("add list", lambda: a + [1])
attempt("add other", lambda: a + A("h"))
attempt("radd", lambda: [1] + a)
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("extend kind", lambda: a.extend(A("d", [1.0])))
attempt("extend bad item", lambda: a.extend([1, "x"]))
print(a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist atomic", lambda: a.fromlist([4, 5, "x"]))
print(a)
attempt("frombytes len", lambda: a.frombytes(b"123"))
attempt("frombytes str", lambda: a.frombytes("1234"))
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("fromunicode int", lambda: A("u").fromunicode(1))
attempt("mul float", lambda: a * 1.5)
attempt("hash", lambda: hash(a))
attempt("lt list", lambda: a < [1])
a.append(2**40)
