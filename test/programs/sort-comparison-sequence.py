# list.sort / sorted make exactly CPython's sequence of `<` calls (timsort: runs, minrun,
# binary insertion, powersort merge policy, galloping), visible through a Python __lt__.
import random

log = []


class K:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v!r})"


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 4099 + b + 1) % 2305843009213693951
    return h


def run(xs, show=False, **kw):
    log.clear()
    objs = [K(x, i) for i, x in enumerate(xs)]
    out = sorted(objs, **kw)
    order = [o.i for o in out]
    if show:
        print(len(xs), len(log), log)
    else:
        print(len(xs), len(log), checksum(log), checksum(enumerate(order)))


def sawtooth(n, r):
    return [i % r for i in range(n)]


def runs(n, rnd):
    xs = []
    while len(xs) < n:
        r = rnd.randrange(1, 300)
        b = rnd.random()
        if rnd.random() < 0.5:
            xs += [b + i * 0.001 for i in range(r)]
        else:
            xs += [b - i * 0.001 for i in range(r)]
    return xs[:n]


rnd = random.Random(2024)
# small inputs: the whole sequence of compared pairs
for n in range(0, 9):
    run([rnd.randrange(4) for _ in range(n)], show=True)
run([3, 2, 1, 1, 0], show=True)  # descending run must be strict
run([5, 4, 4, 3, 2, 1], show=True)
run(list(range(10)), show=True, reverse=True)
run([rnd.randrange(5) for _ in range(12)], show=True, reverse=True)
run([rnd.randrange(5) for _ in range(12)], show=True, key=lambda o: K(-o.v, o.i))

# counts of classic cases
for n in (30, 64, 200, 1000):
    run([rnd.random() for _ in range(n)])
run(list(range(500)) + list(range(300)))
run(list(range(3000, 0, -1)))
run(list(range(3000)))

# many seeded random inputs of all shapes
for trial in range(14):
    n = rnd.randrange(0, 3000)
    kind = trial % 7
    if kind == 0:
        xs = [rnd.random() for _ in range(n)]
    elif kind == 1:
        xs = [rnd.randrange(10) for _ in range(n)]
    elif kind == 2:
        xs = sorted(rnd.random() for _ in range(n))
        for _ in range(rnd.randrange(5)):
            if n:
                xs[rnd.randrange(n)] = rnd.random()
    elif kind == 3:
        xs = sorted((rnd.randrange(50) for _ in range(n)), reverse=True)
    elif kind == 4:
        xs = runs(n, rnd)
    elif kind == 5:
        xs = sawtooth(n, rnd.randrange(1, 100))
    else:
        xs = [rnd.randrange(3) for _ in range(n)] + [rnd.random() for _ in range(n // 3)]
    run(xs, reverse=trial % 3 == 0)
