import math, random
random.seed(17)
vals = [0, 1, -1, 2, 0.5, -0.5, 3.7, -3.7, 1e-310, 1e300, -1e300, 10**400, -(10**400), 7, 100, 0.0, -0.0, float("inf"), -float("inf"), float("nan"), True, 2**53 + 1]
f1 = ["sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "atanh", "fabs", "floor", "ceil", "trunc", "frexp", "modf",
      "isfinite", "isinf", "isnan", "gamma", "lgamma", "erf", "degrees", "radians", "expm1", "log1p", "exp2", "ulp", "factorial", "isqrt"]
f2 = ["pow", "atan2", "fmod", "remainder", "copysign", "ldexp", "hypot", "nextafter", "gcd", "lcm", "comb", "perm", "isclose", "log", "dist"]
out = []
for i in range(3000):
    a = random.choice(vals); b = random.choice(vals)
    if i % 2:
        name = random.choice(f1); args = (a,)
    else:
        name = random.choice(f2); args = (a, b) if name != "dist" else ((a, b), (b, a))
    if name in ("comb", "perm", "factorial") and any(isinstance(x, int) and abs(x) > 1000 for x in args):
        continue
    try:
        r = getattr(math, name)(*args)
        out.append(f"{name}{args!r:.60} = {r!r}")
    except Exception as e:
        out.append(f"{name}{args!r:.60} : {type(e).__name__}: {e}")
for o in out:
    print(o)
