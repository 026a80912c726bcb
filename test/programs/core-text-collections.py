# str/bytes methods, comprehension scoping, closures, star-unpacking, dict/set views, sorting, slicing, recursive reprs.
s = "Hello, World"
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), s.zfill(15), "-42".zfill(6), "+7".zfill(4))
print(s.split(", "), s.rsplit("o", 1), s.partition("o"), s.rpartition("o"), s.splitlines(), "a\nb\r\nc\rd".splitlines(True))
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith(("He", "x")), s.endswith("ld", 0, 12))
print(s.swapcase(), s.casefold(), "ß".upper(), "ǆ".title(), "hello world".title(), "they're bill's".title(), s.capitalize())
print("  x  ".strip(), "xxaxx".strip("x"), "abc".removeprefix("a"), "abc".removesuffix("c"), "a,b,,c".split(","), " a  b ".split())
print("tab\there".expandtabs(4), "{:>6}".format("x"), "abc".translate(str.maketrans("ab", "xy", "c")), str.maketrans({"a": "1"}))
print("123".isdigit(), "½".isnumeric(), "x1".isalnum(), "Ab".isupper(), " ".isspace(), "a_b".isidentifier(), "Title Case".istitle(), "".isalpha())
print("-".join("abc"), "ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc"[-10:10], "abc"[5:], repr("a'b\"c"), repr('a\'b'), repr("\x00\t\n\\"))
print("%s" % "é", ascii("é€😀"), repr("é€😀"), len("😀"), "😀".encode("utf-8"), "é".encode("utf-16"), ord("€"), chr(0x1F600))
b = b"Hello\x00\xff"
print(b, b.hex(), b.hex(":"), bytes.fromhex("41 42"), b[0], b[-1:], list(b[:3]), b.upper(), b.split(b"l"), b.decode("latin-1"))
print(bytes(3), bytes([65, 66]), bytearray(b"ab") + b"c", b"abc".replace(b"b", b"x"), b"a" in b"abc", 97 in b"abc", b"%d-%s" % (5, b"x"))
ba = bytearray(b"hello"); ba[0] = 72; ba.append(33); ba.extend(b"??"); del ba[-1]; print(ba, ba.pop(), len(ba), ba.find(b"l"))
try: ba[0] = 300
except ValueError as e: print(e)
try: b"a"[0] = 1
except TypeError as e: print(e)
print(repr(b"\x7f\x80'\""), repr(bytearray(b"x")), b"abc".center(7, b"-"), b"  x ".strip(), b"a,b".partition(b","))
# comprehension scoping
x = 10
lst = [x for x in range(3)]; print(x, lst)
print([(i, j) for i in range(3) for j in range(i)], {k: v for k, v in zip("ab", (1, 2))}, {c for c in "hello"} == set("helo"))
class K:
    y = 5
    vals = [y * 2 for _ in range(2)] if False else None
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.err)
fns = [lambda: i for i in range(3)]; print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]; print([f() for f in fns])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents, counter.__code__.co_cellvars, c.__code__.co_freevars)
g = 1
def use_global():
    global g
    g += 1
use_global(); print(g)
a, *b, c = range(6); print(a, b, c); (p, q), r = (1, 2), 3; print(p, q, r)
first, *_ = "xyz"; print(first, _)
print(*[1, 2], *"ab", sep="|"); d1 = {"a": 1}; d2 = {**d1, "b": 2, **{"a": 3}}; print(d2, [*range(3), *[9]], {*"ab", "c"} == {"a", "b", "c"})
def kw(*args, sep="-", **rest): return args, sep, rest
print(kw(1, 2, sep="+", z=1), kw(*[1], **{"y": 2}))
# dict / set views
d = {"a": 1, "b": 2, "c": 3}
print(d.keys() & {"a", "z"}, d.keys() | {"z"}, d.keys() - {"a"}, d.keys() ^ {"a", "q"}, d.items() & {("a", 1)}, "a" in d.keys(), ("a", 1) in d.items())
print(list(reversed(d)), list(reversed(d.values())), d.keys() == {"a", "b", "c"}, d.values() == d.values(), len(d.items()), repr(d.keys()), repr(d.items()))
d.update(z=0); d |= {"y": 9}; print(d, d | {"a": 0}, d.pop("z"), d.setdefault("n", []), dict.fromkeys("ab", 0), d.get("missing", "dflt"))
try:
    for k in d: d["new"] = 1
except RuntimeError as e: print(e)
s1, s2 = {1, 2, 3}, {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= {1, 2, 3, 4}, s1 < s1, s1.isdisjoint({9}), frozenset({1}) | {2}, {1} | frozenset({2}))
print(sorted({"b", "a", "c"}), set(), frozenset(), {frozenset({1})}, set([1, 1.0, True]), {0, False, 0.0})
# sorting stability and keys
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data), max(data, key=lambda t: t[1]))
import functools, operator
print(sorted(["B", "a", "C"], key=str.lower), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(data, key=operator.itemgetter(1, 0)))
l = [5, 3, 1]; l.sort(); print(l, sorted("hello"), sorted([[2], [1, 2], [1]]), sorted([1.5, 1, True, 0]))
# slicing
L = list(range(10))
print(L[2:8:3], L[::-2], L[-3:], L[:-7:-1], L[8:2:-2], L[100:], L[-100:2])
L2 = L[:]; L2[2:5] = ["x"]; print(L2); L2[::3] = [0] * 3; print(L2); del L2[::2]; print(L2)
try: L[::2] = [1]
except ValueError as e: print(e)
s = slice(1, 8, 2); print(s.indices(5), L[s], slice(None).indices(3), repr(slice(1, None)))
print((1, 2, 3)[::-1], range(10)[2:8:2], range(10)[::-1][:3], "abc"[slice(None, None, -1)], memoryview(b"abcd")[1:3].tobytes())
# recursive reprs
a = [1]; a.append(a); print(a, repr(a))
d = {}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children})"
n = Node(); n.children.append(n); print(n)
s = set(); print(repr(s), repr(frozenset()), repr({1: [2, {3: (4,)}]}))
from collections import OrderedDict, deque, defaultdict, Counter
od = OrderedDict(a=1); od["od"] = od; print(od)
dq = deque([1]); dq.append(dq); print(dq)
