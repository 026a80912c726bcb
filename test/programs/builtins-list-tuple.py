def ev(src, g=None):
    try:
        print(src, "->", repr(eval(src, globals() if g is None else g)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
L = [3, 1, 2]
for e in ["L.index(2)", "L.index(5)", "L.index(3, 1)", "L.index(1, -2)", "L.index(1, 0, 1)", "L.count(1)", "[].pop()", "[1].pop(5)", "[1, 2].pop(-1)",
          "[1].remove(2)", "L.insert(100, 9) or L", "L.insert(-100, 0) or L", "L.sort() or L", "L.sort(reverse=True) or L", "L.sort(key=lambda x: -x) or L",
          "sorted(L, key=str)", "sorted('bca', reverse=True)", "sorted([3, 'a'])", "[1, 2] + (3,)", "[1] * -1", "[1, 2] * 2", "2 * [0]", "[1, 2] == [1, 2]", "[1, 2] < [1, 3]",
          "[1, 2] < [1, 2, 0]", "[1, 'a'] < [1, 2]", "[1][1]", "[1, 2, 3][::-1]", "[1, 2, 3][1:]", "[1, 2, 3][5:1:-1]", "list(range(10))[::3]", "list('abc')",
          "list({'a': 1})", "list(1)", "[x * 2 for x in range(3)]", "L.copy() is L", "L.clear() or L", "[1, 2, 3].__len__()", "[1, [2, [3]]]", "len([])", "bool([])",
          "hash([])", "[].sort(1)", "[].sort(key=1, x=2)", "[3, 1].sort(key=None) ", "[1, 2].extend(3)", "[1, 2].__iadd__(3)", "[0] * 3 + [1]", "list.__name__",
          "[1, 2, 3].__contains__(2)", "[[]] * 2", "min([])", "max([], default=5)", "max([1, 3, 2])", "min('bca')", "max([1, 2], key=lambda x: -x)", "max(1, 2, 3)", "max(1)", "min((), default=None)",
          "max([1, 2], default=0, key=str)", "max(3, 1, key=lambda x: x % 3)", "min([[1], [0, 5]])", "sum([1, 2, 3])", "sum([0.1] * 10)", "sum([[1], [2]], [])", "sum(['a'], '')", "sum([1], start=10)", "sum([1.5, 2], 1)", "sum(x for x in range(5))",
          "tuple([1, 2])", "(1,) * 3", "(1, 2).index(2)", "(1, 2).index(3)", "(1, 2, 2).count(2)", "(1, 2) + [3]", "(1, 2)[5]", "hash((1, 2)) == hash((1, 2))", "(1, (2, 3))", "()", "(1,)", "tuple('ab')", "(1, 2) < (1, 2, 3)", "(1, [2]).__hash__ is None",
          "hash((1, [2]))", "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(7, 0)", "divmod(1, 'a')",
]:
    ev(e)
a = [1, 2, 3]
a.append(a)
print(a, repr(a))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
b = [1, 2, 3, 4, 5]
b[1:3] = ["x"]; print(b)
b[::2] = [0, 0, 0]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
del b[::2]; print(b)
b[5:] = [7, 8]; print(b)
b[-1:] = []; print(b)
b += "ab"; print(b)
b *= 2; print(b)
try:
    b[10] = 1
except IndexError as e:
    print(e)
try:
    del b[10]
except IndexError as e:
    print(e)
x = [5, 3, 8]
x.reverse(); print(x, list(reversed(x)), x[::-1])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], key=lambda v: v, reverse=True))
pairs = [(1, 'one'), (2, 'two'), (1, 'uno'), (2, 'dos')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([1.5, 1, True, 0.5]), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a"], key=str.lower))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(2), K(0)))
try:
    sorted([K(1), 2])
except TypeError as e:
    print(e)
lst = [1, 2, 3]
try:
    for i in lst:
        lst.remove(i)
except Exception as e:
    print(e)
print(lst)
