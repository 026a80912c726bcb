class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __format__(self, spec):
        return format(self.cents / 100, spec) if spec else str(self)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
wallet = [Money(150), Money(99), Money(1000)]
print(sum(wallet), str(sum(wallet)), f"{Money(1234):>10.1f}|{Money(5)}")
print(sorted(wallet), max(wallet), min(wallet), Money(1) == Money(1), Money(1) != Money(2))
print(Money(3) <= Money(3), Money(5) > Money(2), bool(Money(0)), -Money(5), abs(Money(-7)))
print({Money(1), Money(1), Money(2)} == {Money(2), Money(1)})
try:
    Money(1) + 5
except TypeError as e:
    print(e)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __call__(self, factor):
        return Matrix([[x * factor for x in row] for row in self.rows])
    def __matmul__(self, other):
        return "matmul"
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1], len(m), 4 in m, 9 in m, list(m), m(2).rows, m @ m)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @f.deleter
    def f(self):
        print("deleting")
t = Temp()
t.f = 212
print(round(t._c, 2), t.f)
del t.f
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o.v
print(Cmp(1) < Cmp(2))
class NoEq:
    pass
a = NoEq()
print(a == a, a == NoEq(), a != NoEq())
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Counter()
c += 5
c += 2
print(c.n)
class Strange:
    def __len__(self):
        return 0
print(bool(Strange()), not Strange())
