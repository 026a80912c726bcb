# What a failing or disturbed sort leaves behind, as CPython: the pair of types a mixed-type
# sort names, a list partly sorted when __lt__ raises, key() run once per item before sorting,
# "list modified during sort", reverse=True stability.
import random


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for xs in ([1, "a", 2], ["a", 1], [1, 2, "a"], [3, 1, "a", 2], [1.5, "x", 2], [(1, 2), (1, "a")],
           [None, 1], [1, None], [2, 1, None, 0], [b"x", "x"], [[1], (1,)], [1, 2, 3, 4, {}],
           list(range(40)) + ["z"], ["z"] + list(range(40)), [float("nan"), 1, "q"]):
    ys = list(xs)
    attempt(repr(xs)[:40], lambda: ys.sort())
    print("  after:", ys)
    attempt("sorted " + repr(xs)[:33], lambda: sorted(xs, reverse=True))


class Boom:
    calls = 0
    limit = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Boom.calls += 1
        if Boom.calls == Boom.limit:
            raise RuntimeError(f"boom at {Boom.calls}")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


rnd = random.Random(7)
base = [rnd.randrange(100) for _ in range(90)]
for limit in (1, 2, 5, 30, 64, 120, 200, 300, 400):
    for rev in (False, True):
        Boom.calls = 0
        Boom.limit = limit
        l = [Boom(v) for v in base]
        attempt(f"boom {limit} {rev}", lambda: l.sort(reverse=rev))
        print("  ", [b.v for b in l])

# key(): called once per item, in order, before any comparison; the list looks empty meanwhile
seen = []
l = [3, 1, 2]


def key(x):
    seen.append((x, len(l)))
    return -x


l.sort(key=key)
print(l, seen)


def bad_key(x):
    if x == 2:
        raise ValueError("no key for 2")
    return x


l = [5, 2, 9]
attempt("bad key", lambda: l.sort(key=bad_key))
print(l)


# modified during sort
class Meddle:
    def __init__(self, v, target):
        self.v = v
        self.t = target

    def __lt__(self, other):
        self.t.append(0)
        return self.v < other.v

    def __repr__(self):
        return f"M{self.v}"


l = []
l.extend(Meddle(v, l) for v in (3, 1, 2))
attempt("meddle", lambda: l.sort())
print(l)

# NotImplemented from __lt__ falls back to the reflected __gt__
class Half:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Half.log.append(("lt", self.v, other.v))
        return NotImplemented

    def __gt__(self, other):
        Half.log.append(("gt", self.v, other.v))
        return self.v > other.v


print([h.v for h in sorted([Half(v) for v in (2, 3, 1, 0)])], len(Half.log))

# stability with reverse=True and keys
words = "pear fig apple kiwi date plum lime sloe yuzu nut".split()
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=len))
pairs = [(rnd.randrange(4), i) for i in range(30)]
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# the same, as the first item of tuple keys; mixed classes get no second __lt__
Half.log = []
print(sorted([(Half(v), v) for v in (2, 3, 1, 0)], key=lambda t: t)[0][1], len(Half.log))
Half.log = []


class Half2:  # unrelated class, same methods: a mixed-type sort does one __lt__ then __gt__
    __init__ = Half.__init__
    __lt__ = Half.__lt__
    __gt__ = Half.__gt__


print([h.v for h in sorted([Half(2), Half2(3), Half(1), Half2(0)])], len(Half.log), Half.log[:4])
Half.log = []
print(sorted([(1, Half(2)), (1, Half(1)), (0, Half(5))], key=lambda t: t)[0][0], len(Half.log))

# floats with NaN: the order is whatever timsort's comparisons make of them
nan = float("nan")
r = random.Random(3)
print(sorted([nan if r.random() < .3 else r.randrange(20) * 1.0 for _ in range(40)]))
print(sorted([nan, 2, 1.5, nan, 0, 3], reverse=True))


# clear() of the list that looks empty during the sort is no modification
class Clearer:
    def __init__(self, v, l):
        self.v = v
        self.l = l

    def __lt__(self, o):
        self.l.clear()
        return self.v < o.v

    def __repr__(self):
        return f"C{self.v}"


l = []
l.extend(Clearer(v, l) for v in (3, 1, 2))
attempt("clearer", lambda: l.sort())
print(l)
