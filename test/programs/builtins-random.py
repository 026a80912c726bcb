import random
def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(100)), random.choice((7, 8)))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefg", 3), random.sample([1, 2, 3], k=3))
print(random.uniform(1, 10), random.uniform(5.5, 2.5), random.triangular(), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.gauss(), random.normalvariate(10, 2), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.gammavariate(0.5, 1), random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(10), random.getrandbits(100), random.randbytes(5), random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5), random.choices("xy", cum_weights=[1, 2], k=3), random.choices(range(5)))
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(3.5); print(random.random())
random.seed(-7); print(random.random())
random.seed(2**100); print(random.random())
random.seed("hello", version=1); print(random.random())
random.seed(True); print(random.random())
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st), st[0], len(st[1]), st[2])
r = random.Random(123)
print(r.random(), r.randint(1, 100), r.choice("xyz"))
r2 = random.Random(123)
print(r2.random() == random.Random(123).random())
class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def roll(self):
        self.calls += 1
        return self.randint(1, 6)
m = MyRandom(7)
print([m.roll() for _ in range(5)], m.calls, isinstance(m, random.Random), type(m).__mro__)
sr = random.SystemRandom()
x = sr.random(); print(0 <= x < 1, 1 <= sr.randint(1, 6) <= 6, type(sr.getrandbits(8)).__name__)
for e in ["random.randint(1)", "random.randint(1, 2, 3)", "random.randrange(0)", "random.randrange(1, 1)", "random.randrange(1, 10, 0)",
          "random.randrange(10, 1)", "random.choice([])", "random.choice('')", "random.sample([1, 2], 3)", "random.sample({1, 2}, 1)", "random.sample([1], -1)",
          "random.choices([], k=1)", "random.choices([1, 2], weights=[1])", "random.choices([1], weights=[0])", "random.choices([1], [1], cum_weights=[1])",
          "random.getrandbits(-1)", "random.gammavariate(0, 1)", "random.uniform('a', 1)", "random.random(1)", "random.seed(1, 2, 3)",
          "random.setstate((9, (), None))", "sr.getstate()", "random.randint(1, 'x')", "random.Random().seed([1])", "random.expovariate(0)",
          "random.triangular(1, 1, 1)", "random.sample(range(10), k=2.5)", "random.Random.__name__"]:
    ev(e)
random.seed(1)
print(random.sample(range(10000), 10), random.sample(range(30), 25)[:5])
print(random.randrange(10**30), random.randint(-2**70, 2**70))
big = list(range(50)); random.shuffle(big); print(big[:10])
print(round(sum(random.random() for _ in range(1000)), 6))
import random
random.seed(1)
for p in ["", [], (), range(0)]:
    try: random.choices(p, k=2)
    except IndexError as e: print(e)
print(random.random())
