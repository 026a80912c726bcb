a = [3, 1, 2]
a.append(5); a.insert(0, 9); a.extend([7, 7])
print(a, len(a), a.count(7), a.index(2))
a.sort(); print(a)
a.sort(reverse=True); print(a)
print(a.pop(), a.pop(0), a)
a.remove(7); print(a)
b = a[:]; b.reverse(); print(b, a == b, a is b)
print([x * x for x in range(6) if x % 2 == 0], [[i, j] for i in range(2) for j in range(2)])
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), sorted([3, 1, 2], reverse=True))
d = {"x": 1, "y": 2}
d["z"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("x"), d.get("w"), d.get("w", 0), "x" in d, d.pop("x"), d)
d.setdefault("q", []).append(1); print(d)
d.update({"y": 20}, k=5); print(d)
print({k: v for k, v in zip("abc", range(3))}, dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print({1: "a", 1.0: "b", True: "c"})
s = {1, 2, 3}
s.add(4); s.discard(1)
print(s, s | {9}, s & {2, 3, 10}, s - {2}, {1, 2} ^ {2, 3}, 3 in s, len(s))
print(frozenset([1, 2]), set(), {(1, 2): "tuple key"}[(1, 2)])
t = (1, 2, 3)
print(t, t[1], t[-1], t[1:], t + (4,), t * 2, len(t), t.index(3), (1,) < (1, 2))
x, *rest = [1, 2, 3, 4]
first, (second, third) = 1, (2, 3)
print(x, rest, first, second, third)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
print(list(range(10, 0, -3)), list(enumerate("ab", 1)), list(zip([1, 2], "xy")), list(map(str, [1, 2])))
print(list(filter(None, [0, 1, "", "a"])), any([0, 0, 1]), all([]), list(reversed([1, 2, 3])))
print(del_test := [1, 2, 3, 4])
del del_test[1:3]
print(del_test)
print([1, 2, 3][::-1], list(range(5))[1::2], "abc"[5:10])
nested = {"a": [1, {"b": (2, 3)}]}
print(nested, str(nested), repr([None, True, 1.5, "s"]))
