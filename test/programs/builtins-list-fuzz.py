import random
random.seed(13)
out = []
for i in range(1500):
    L = [random.randint(0, 5) for _ in range(random.randint(0, 8))]
    a = random.randint(-10, 10); b = random.randint(-10, 10); k = random.choice([None, 1, 2, -1, -2, 3])
    v = [random.randint(0, 5) for _ in range(random.randint(0, 4))]
    x = random.randint(0, 6)
    ops = [
        lambda: L[a:b:k], lambda: L.__setitem__(slice(a, b, k), v) or L, lambda: L.__delitem__(slice(a, b, k)) or L, lambda: L.insert(a, x) or L,
        lambda: L.pop(a) if L else L.pop(), lambda: L.index(x, a, b), lambda: L.remove(x) or L, lambda: L.count(x), lambda: sorted(L, reverse=bool(a % 2)),
        lambda: (L.sort(key=lambda y: (y % 3, -y)) or L), lambda: L + v, lambda: L * (a % 3), lambda: L.__iadd__(v), lambda: (L.reverse() or L), lambda: L[a],
        lambda: tuple(L)[a:b:k], lambda: tuple(L).index(x), lambda: L < v, lambda: L == v[:], lambda: max(L, default=-1), lambda: min(L + [9]), lambda: sum(L, a),
        lambda: list(reversed(L)), lambda: [y for y in L if y > a % 4], lambda: list(range(a, b, k or 1))[::2], lambda: range(a, b, k or 1).index(x) if x in range(a, b, k or 1) else None,
        lambda: len(range(a, b, k or 1)), lambda: range(a, b, k or 1)[a % 5] if len(range(a, b, k or 1)) > a % 5 else -1, lambda: slice(a, b, k).indices(len(L)), lambda: L.extend(v) or L,
    ]
    try:
        out.append(repr(ops[i % len(ops)]()))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
