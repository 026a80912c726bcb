# Set and dict iteration order (CPython's hash tables) after inserts, deletes and set operations.
print({3, 1, 2}, {100, 5, 33, 64, 1}, {-1, -2, 0}, set(range(20, 0, -3)), {2**40, 7, 2**61 - 1, 2**61, -2**61})
s = set()
for i in [50, 10, 90, 30, 70, 8, 16, 24, 32, 40, 48, 56]: s.add(i)
print(s)
s.discard(10); s.add(11); print(s, s.pop(), s)
print({1.5, 2.5, 0.5}, {float("inf"), -0.0, 1e300}, {True, 2, 3.0}, {(1, 2), (2, 1)}, {"b", "a", "c"}, {None, 1})
print(set("hello world"), frozenset("abcabc"), {c for c in "mississippi"})
d = {}
for k in ["x", "y", "z"]: d[k] = len(d)
del d["y"]; d["y"] = 9; d["x"] = 0; print(d, list(d))
d2 = dict.fromkeys(range(10)); 
for k in range(0, 10, 2): del d2[k]
d2[0] = "back"; print(d2)
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2}, {"a": 1} == {"a": 1.0})
print(set([3, 2, 1]) - {2}, {1, 2, 3} ^ {3, 4, 5}, {1, 2} | {100, 50}, sorted({5, 3, 1}), list({10: 0, 2: 0, 7: 0}))
big = set(range(100)); big -= set(range(0, 100, 2)); print(list(big)[:10], len(big))
print({i * 37 % 64 for i in range(20)})
print(set(x * 1.5 for x in range(8)))
