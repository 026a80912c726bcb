# range slicing and big ranges, zip(strict=), list slice assignment errors, mutation during iteration, builtin reductions.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
r = range(10**20, 10**20 + 10, 3)
t(lambda: (len(r), r[1], r[-1], 10**20 + 3 in r, r.index(10**20 + 6), r.count(5), repr(r), list(r)[:2]))
t(lambda: len(range(10**20)))
t(lambda: range(0, 10, 2) == range(0, 9, 2))
t(lambda: range(0) == range(5, 5))
t(lambda: hash(range(0, 3)) == hash(range(3)))
t(lambda: (reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 3)))))
t(lambda: range(5)[1:-1:2])
t(lambda: range(5)[::-1])
t(lambda: range(3).index(5))
t(lambda: range(1, 2, 0))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
t(lambda: list(zip([1], [3], [4, 5], strict=True)))
t(lambda: list(enumerate("ab", -1)))
t(lambda: list(enumerate("ab", start=10**20)))
l = [1, 2, 3, 4, 5]
t(lambda: l.insert(100, 9) or l)
t(lambda: l.insert(-100, 0) or l)
def f1(): l[::2] = [1, 2]
t(f1)
def f2(): l[1:3] = 5
t(f2)
def f3():
    m = [1, 2, 3]; m[1:2] = "ab"; return m
t(f3)
def f4():
    m = [1, 2, 3, 4]; del m[::2]; return m
t(f4)
def f5():
    m = [1, 2, 3]; m[5:] = [9]; return m
t(f5)
def f6():
    m = [1, 2, 3]; m[::-1] = [7, 8, 9]; return m
t(f6)
t(lambda: [1] * -1)
t(lambda: [0] * 3 + [1] * 2)
t(lambda: [[]] * 2)
def f7():
    a = [[]] * 2; a[0].append(1); return a
t(f7)
t(lambda: [1, 2, 3][-4])
def f8():
    m = [1]; m[5] = 1
t(f8)
def f9():
    d = {1: 1}
    for k in d: del d[k]
t(f9)
def f10():
    s = {1, 2}
    for x in s: s.add(x + 10)
t(f10)
def f11():
    m = [1, 2, 3]
    for x in m:
        if x == 2: m.remove(x)
    return m
t(f11)
t(lambda: list(map(None, [1])))
t(lambda: tuple(x for x in range(3)))
t(lambda: sorted({3: "a", 1: "b"}.items(), key=lambda kv: kv[1], reverse=True))
t(lambda: [1, 2, 3].__reversed__().__length_hint__())
t(lambda: iter([1, 2, 3]).__length_hint__())
t(lambda: (x for x in []).__length_hint__())
t(lambda: len(map(abs, [1])))
t(lambda: list(filter(lambda x: x > 1, (1, 2, 3))))
t(lambda: min([(2, "b"), (1, "z"), (1, "a")]))
t(lambda: max("apple", "banana", key=len))
t(lambda: min([], default=None))
t(lambda: sum(x * x for x in range(4)))
t(lambda: all(x for x in [1, 0, undefined_name]))
t(lambda: any(x for x in [0, 1, undefined_name]))
t(lambda: dict(zip("abc", range(3))) == {"a": 0, "b": 1, "c": 2})
t(lambda: {**{"a": 1}, **{"a": 2}})
t(lambda: dict(a=1) | dict(b=2))
t(lambda: {1, 2} | {2, 3} & {3})
t(lambda: [*range(3)] + [*"ab"])
for r in [range(5), range(10, 0, -3), range(0, 10, 2), range(1, 10**3, 7), range(0), range(-5, 5)]:
    for s in [slice(1, -1, 2), slice(None, None, -1), slice(-100, 100), slice(2, 1), slice(None, None, 3), slice(-1, -10, -2), slice(5, 100, 4), slice(None, -100, -1)]:
        print(r, s, r[s], list(r[s]) == list(r)[s])
class X:
    def __iter__(self): raise TypeError('own')
for f in ['l[1:2] = 5', 'l[::2] = 5', 'l[1:2] = X()', 'l[1:2] = None', 'l[1:2] = iter([1])', 'l[::-1] = "abc"', 'l[::2] = [1]', 'l[1:2] = l', 'l[:] = (x for x in range(2))']:
    l = [1, 2, 3]
    try: exec(f); print(f, l)
    except (TypeError, ValueError) as e: print(f, '->', e)
