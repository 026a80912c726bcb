# random with a seed: every function a course uses, reproducible output
import random

random.seed(42)
print(random.random(), random.randint(1, 10), random.randrange(0, 100, 5), random.randrange(10))
print(random.uniform(1.5, 2.5), random.choice("abcdef"), random.choice([10, 20, 30]))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "K"]]
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("hello world", 3), random.sample(deck, k=2))
print(random.choices(["red", "green", "blue"], k=6))
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.betavariate(2, 5), random.gammavariate(2.0, 1.0))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(1.0, 2.0), random.paretovariate(3.0), random.weibullvariate(1.0, 1.5))
print(random.getrandbits(16), random.getrandbits(100), random.randbytes(6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, a)
rng = random.Random(2024)
print(rng.randint(1, 6), rng.random(), rng.choice(range(1000)), rng.sample([1, 2, 3, 4], 4))
rng2 = random.Random("seed string")
print(rng2.random(), random.Random(b"bytes").random(), random.Random(3.5).random() if False else random.Random(7).random())
random.seed(1)
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls, {face: rolls.count(face) for face in range(1, 7)})
# Monte Carlo estimate of pi
random.seed(0)
inside = sum(1 for _ in range(5000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 5000)
# random walk
random.seed(7)
pos = 0
walk = []
for _ in range(15):
    pos += random.choice((-1, 1))
    walk.append(pos)
print(walk)
# password generator
import string
random.seed(99)
alphabet = string.ascii_letters + string.digits + "!@#"
print("".join(random.choice(alphabet) for _ in range(12)))
random.seed(5)
print(random.randint(-(10 ** 30), 10 ** 30), random.randrange(10 ** 25))
lst = list(range(10)); random.seed(3); random.shuffle(lst); print(lst)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
random.seed(12345)
print(random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "no binomialvariate")
print(random.sample(range(10), counts=None, k=3) if False else random.sample(["a", "b"], k=2, counts=[2, 3]))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(str(sr.randint(10, 99))))
random.seed(None)
print(type(random.random()).__name__)
