# Numbers in an intro course: math functions and their domain errors, seeded random.
import math
import random
import warnings

print(math.comb(10, 3), math.perm(5), math.perm(5, 2), math.isqrt(99), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm())
print(math.prod([1, 2, 3]), math.prod([]), math.prod([2.5, 2], start=2), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12), math.hypot())
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.factorial, 2.5),
             (math.exp, 1000), (math.acos, 2), (math.comb, -1), (math.isqrt, -1), (math.sqrt, "x"),
             (math.gcd, 1.5), (math.floor, float("inf")), (math.floor, float("nan")), (math.log, "e"),
             (math.fsum, [1, "a"]), (math.perm, -2), (math.ceil, None), (math.trunc, "3")]:
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.pow(0, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(1, 1.0000001), math.isclose(1, 1.0000000001), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.pi, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2))
print(math.modf(2.5), math.modf(-0.0), math.frexp(8), math.ldexp(0.5, 4), math.copysign(1, -0.0), math.fabs(-3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.degrees(math.pi), math.radians(180), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(1e-10))
print(math.pow(2, 10), 2 ** -1, math.nextafter(1, 2), math.ulp(1.0), math.sin(math.pi / 6), math.atan2(1, -1), math.cosh(1), math.erf(1), math.gamma(5), math.lgamma(10))
print(math.factorial(25), math.comb(50, 25), math.isqrt(10 ** 40 + 1), math.sqrt(2) ** 2 == 2, math.floor(1e20), math.ceil(-1e-300))
print(math.factorial(0), math.comb(3, 5), math.perm(3, 5), math.exp(-1000), math.sqrt(-0.0), math.atan(math.inf), math.hypot(math.inf, math.nan))
print(10 ** 0.5, pow(2, 0.5), pow(-8, 1 / 3), (-8) ** 2, 7 // -2, divmod(-7, 2), abs(-3 + 4j), float("1e400"), int(1e20))

random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(100), 5), random.uniform(1, 2), random.randrange(0, 100, 5))
cards = list(range(10))
random.shuffle(cards)
print(cards, random.choices("abc", weights=[1, 5, 1], k=5), random.choices(range(3), cum_weights=[1, 1, 3], k=4))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.getrandbits(20), random.getrandbits(0), random.randbytes(4))
print(random.triangular(0, 10, 3), random.betavariate(2, 3), random.expovariate(1.5), random.vonmisesvariate(1, 2), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2), random.gammavariate(2, 2))
random.seed("text")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random(), random.sample(["a", "b", "c", "d"], k=4), random.sample(range(10**9), 3))
state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())
rng = random.Random(7)
print(rng.random(), rng.randint(0, 1000), rng.choice([10, 20, 30]), random.Random(7).random() == random.Random(7).random())
for f, args in [(random.choice, ([],)), (random.randint, (5, 1)), (random.randrange, (0,)), (random.sample, ([1, 2], 3)),
                (random.randrange, (1, 10, 0)), (random.choices, ([1, 2], [1])), (random.getrandbits, (-1,)), (random.sample, ({1, 2}, 1)),
                (random.uniform, ("a", 1)), (random.randint, (1.5, 3)), (random.choices, ([], )), (random.randrange, ("5",))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(random.randrange(5.0), random.randrange(0, 10.0, 2))
    try:
        random.randrange(1.5)
    except ValueError as e:
        print("ValueError:", e)
    print([(w.category.__name__, str(w.message)) for w in caught])
def roll():
    return random.randint(1, 6) + random.randint(1, 6)
random.seed(2024)
counts = {}
for _ in range(1000):
    total = roll()
    counts[total] = counts.get(total, 0) + 1
print(sorted(counts.items()))
print("".join(random.choice("ACGT") for _ in range(30)))
