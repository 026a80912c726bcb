import random, math
random.seed(14)
out = []
vals = [0, 1, -1, 2, -7, 10**20, -(10**20), 2**53 + 1, 0.5, -0.0, 1.5, 2.5, -2.5, 1e300, 1e-300, 3.0, 7.25, float("inf"), float("nan"), True]
for i in range(2500):
    a = random.choice(vals); b = random.choice(vals); n = random.randint(-3, 3)
    ops = [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** n,
           lambda: round(a, n), lambda: round(a), lambda: a < b, lambda: a == b, lambda: hash(a) if a == a else "nan", lambda: int(a), lambda: float(a), lambda: abs(a),
           lambda: -a, lambda: str(a), lambda: f"{a:.3g}", lambda: f"{a:,}", lambda: math.floor(a), lambda: math.ceil(a), lambda: math.trunc(a),
           lambda: a.__round__(), lambda: max(a, b), lambda: complex(a, b), lambda: pow(a, 2), lambda: math.fmod(a, b), lambda: math.copysign(1, a), lambda: (a).as_integer_ratio() if isinstance(a, float) else a.bit_length()]
    try:
        out.append(repr(ops[i % len(ops)]()))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for i, o in enumerate(out):
    print(i, o)
