import random
random.seed(15)
out = []
keys = [0, 1, 2, 3, 8, 9, 16, 17, -1, -2, 2**40, "a", "b", "ab", "ba", "key", 1.5, (1, 2), (2, 1), frozenset([1]), True]
for i in range(1500):
    d = {random.choice(keys): random.randint(0, 9) for _ in range(random.randint(0, 7))}
    s = set(random.choice(keys) for _ in range(random.randint(0, 9)))
    t = set(random.choice(keys) for _ in range(random.randint(0, 6)))
    k = random.choice(keys)
    ops = [lambda: d, lambda: s, lambda: s | t, lambda: s & t, lambda: s - t, lambda: s ^ t, lambda: (s.add(k), s)[1], lambda: (s.discard(k), s)[1],
           lambda: s.pop() if s else None, lambda: (d.pop(k, None), d)[1], lambda: (d.__setitem__(k, 0), d)[1], lambda: d.popitem() if d else None,
           lambda: list(d.keys() & t), lambda: (s.update(t), s)[1], lambda: (s.intersection_update(t), s)[1], lambda: (s.symmetric_difference_update(t), s)[1],
           lambda: (s.difference_update(t), s)[1], lambda: frozenset(s) | t, lambda: s <= t, lambda: {**d, k: 1}, lambda: dict.fromkeys(s), lambda: set(d) | s,
           lambda: [x for x in s], lambda: len(s | t), lambda: (d.update({k: 5}), list(d.items()))[1], lambda: sorted(map(str, s))]
    try:
        out.append(repr(ops[i % len(ops)]()))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
a={1,9}; print(a); a.discard(1); print(a); a.add(2); print(a); a.add(3); print(a)
print({1,2,3} ^ {1,9}, {1,9} ^ {1,2,3}, {1,2,3}.symmetric_difference([1,9]), frozenset({1,2,3}) ^ {1,9})
