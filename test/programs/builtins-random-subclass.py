import random
class Fixed(random.Random):
    def __init__(self, values):
        self.values = list(values)
        self.i = 0
        super().__init__(0)
    def random(self):
        v = self.values[self.i % len(self.values)]
        self.i += 1
        return v
f = Fixed([0.1, 0.5, 0.9, 0.25])
print(f.random(), f.uniform(10, 20), f.choice("abcdef"), f.randint(1, 6), f.randrange(100), f.gauss(), f.choices("xyz", k=4), f.sample(range(10), 3))
lst = list(range(6)); f.shuffle(lst); print(lst, f.expovariate(2), f.triangular(0, 1), f.i)
class Counting(random.Random):
    calls = 0
    def random(self):
        Counting.calls += 1
        return super().random()
c = Counting(42)
print(c.random(), c.uniform(0, 1), c.randint(1, 10), c.choice([1, 2, 3]), Counting.calls)
r = random.Random(42)
print(r.random(), r.uniform(0, 1), r.randint(1, 10), r.choice([1, 2, 3]))
