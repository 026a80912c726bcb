import math
def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class C:
    def __ceil__(self): return "ceil!"
    def __floor__(self): return "floor!"
    def __trunc__(self): return "trunc!"
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for e in [
 "math.sqrt(2)", "math.sqrt(-1)", "math.sqrt(4)", "math.sqrt(F())", "math.sqrt(I())", "math.sqrt('x')", "math.sqrt(10**400)", "math.sqrt(True)", "math.sqrt(math.inf)", "math.sqrt(-0.0)",
 "math.exp(1)", "math.exp(1000)", "math.exp(-1000)", "math.exp(math.inf)", "math.exp(-math.inf)", "math.exp(math.nan)", "math.exp2(10)", "math.exp2(0.5)", "math.expm1(1e-10)", "math.expm1(1000)",
 "math.log(10)", "math.log(0)", "math.log(-1)", "math.log(8, 2)", "math.log(100, 10)", "math.log(10**1000)", "math.log(2**1000, 2)", "math.log(1, 1)", "math.log(10, 1)", "math.log(10, 0)", "math.log(0.0)", "math.log(math.inf)",
 "math.log2(8)", "math.log2(10)", "math.log2(2**2000)", "math.log10(1000)", "math.log10(2)", "math.log10(10**500)", "math.log1p(-1)", "math.log1p(1e-20)", "math.log(0, 10)", "math.log(-5, 10)", "math.log2(0)", "math.log10(-1)",
 "math.sin(1)", "math.cos(1)", "math.tan(1)", "math.sin(math.pi)", "math.cos(math.pi/2)", "math.sin(math.inf)", "math.cos(math.nan)", "math.tan(math.inf)",
 "math.asin(0.5)", "math.acos(0.5)", "math.atan(1)", "math.asin(2)", "math.acos(-2)", "math.atan(math.inf)", "math.atan2(1, 1)", "math.atan2(0.0, -0.0)", "math.atan2(-0.0, -1)", "math.atan2(math.inf, math.inf)",
 "math.sinh(1)", "math.cosh(1)", "math.tanh(1)", "math.sinh(1000)", "math.cosh(-1000)", "math.tanh(1000)", "math.asinh(1)", "math.acosh(2)", "math.atanh(0.5)", "math.acosh(0.5)", "math.atanh(1)", "math.atanh(-1)",
 "math.degrees(math.pi)", "math.radians(180)", "math.hypot(3, 4)", "math.hypot()", "math.hypot(1)", "math.hypot(1, 2, 3)", "math.hypot(-3)", "math.hypot(math.inf, math.nan)", "math.hypot(math.nan, 1)", "math.hypot(1e308, 1e308)", "math.hypot(1e-320, 1e-320)", "math.hypot(0.1, 0.2)",
 "math.dist((0, 0), (3, 4))", "math.dist([1, 2, 3], [4, 5, 6])", "math.dist((1,), (1, 2))", "math.dist(1, 2)", "math.dist((1,), [2])",
 "math.ceil(1.5)", "math.ceil(-1.5)", "math.ceil(5)", "math.ceil(C())", "math.floor(C())", "math.trunc(C())", "math.floor(-0.5)", "math.floor(1e300)", "math.ceil(math.inf)", "math.floor(math.nan)", "math.trunc(3.9)", "math.trunc(-3.9)", "math.trunc('x')", "math.floor('x')", "math.ceil(F())", "math.floor(True)",
 "math.fabs(-3)", "math.fabs(-0.0)", "math.copysign(3, -0.0)", "math.copysign(-3, 1)", "math.fmod(7, 3)", "math.fmod(-7, 3)", "math.fmod(7, 0)", "math.fmod(math.inf, 1)", "math.fmod(1, math.inf)", "math.remainder(7, 3)", "math.remainder(5, 2)", "math.remainder(7, 2)", "math.remainder(1, 0)",
 "math.frexp(8)", "math.frexp(0.1)", "math.frexp(0)", "math.frexp(-math.inf)", "math.ldexp(0.5, 4)", "math.ldexp(1, 2000)", "math.ldexp(1, -2000)", "math.ldexp(1.0, 1.5)", "math.ldexp(1, 10**30)", "math.modf(3.5)", "math.modf(-3.5)", "math.modf(math.inf)", "math.modf(5)",
 "math.isfinite(1)", "math.isinf(-math.inf)", "math.isnan(math.nan)", "math.isnan(1)", "math.isclose(1, 1.0000000001)", "math.isclose(1, 1.1)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(math.inf, math.inf)", "math.isclose(a=1, b=1)",
 "math.factorial(0)", "math.factorial(20)", "math.factorial(30)", "math.factorial(-1)", "math.factorial(5.5)", "math.factorial('5')", "math.factorial(I())",
 "math.gcd()", "math.gcd(12)", "math.gcd(12, 18)", "math.gcd(-12, 18, 30)", "math.gcd(0, 0)", "math.gcd(2**100, 2**60*3)", "math.gcd(1.5, 2)", "math.lcm()", "math.lcm(4, 6)", "math.lcm(4, 6, 10)", "math.lcm(0, 5)", "math.lcm(-4, 6)",
 "math.isqrt(0)", "math.isqrt(15)", "math.isqrt(16)", "math.isqrt(10**40)", "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt(True)",
 "math.comb(5, 2)", "math.comb(5, 6)", "math.comb(100, 50)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(5.0, 2)", "math.perm(5, 2)", "math.perm(5)", "math.perm(5, 6)", "math.perm(5, -1)", "math.perm(-5)", "math.perm(5, None)",
 "math.prod([1, 2, 3])", "math.prod([])", "math.prod([2.5, 2])", "math.prod(range(1, 6), start=2)", "math.prod(['a', 3])", "math.prod([3, 'a'])", "math.prod()", "math.prod([[1]], start=2)",
 "math.fsum([0.1]*10)", "sum([0.1]*10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", "math.fsum([])", "math.fsum([math.inf, 1])", "math.fsum([math.inf, -math.inf])", "math.fsum([math.nan, 1])", "math.fsum([1e308, 1e308])", "math.fsum(['a'])", "math.fsum([1, 2**1000])", "math.fsum([1e16, 1., 1e-16])",
 "math.nextafter(1, 2)", "math.nextafter(1, 0)", "math.nextafter(0, 1)", "math.nextafter(1, 1)", "math.ulp(1)", "math.ulp(0)", "math.ulp(1e300)", "math.ulp(math.inf)", "math.ulp(-2)",
 "math.pow(2, 10)", "math.pow(2, 0.5)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.pow(math.inf, 0)", "math.pow(1, math.nan)", "math.pow(-1, math.inf)", "math.pow(0, 0)", "math.pow(-2, 3)", "math.pow(2, -1074)", "math.pow(2, -1080)",
 "math.gamma(5)", "math.gamma(0.5)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(-1.5)", "math.gamma(171)", "math.gamma(172)", "math.gamma(1e-30)", "math.gamma(-math.inf)", "math.gamma(math.inf)", "math.gamma(3.7)", "math.gamma(150.5)", "math.gamma(-150.5)", "math.gamma(-250.5)",
 "math.lgamma(5)", "math.lgamma(0.5)", "math.lgamma(0)", "math.lgamma(-1)", "math.lgamma(-1.5)", "math.lgamma(1000)", "math.lgamma(1e-30)", "math.lgamma(1)", "math.lgamma(2)", "math.lgamma(3.7)", "math.lgamma(-math.inf)",
 "math.erf(0)", "math.erf(0.5)", "math.erf(1)", "math.erf(3)", "math.erf(-0.3)", "math.erfc(0)", "math.erfc(1)", "math.erfc(-2)", "math.erf(math.inf)", "math.erfc(30)",
 "math.cbrt(-8)", "math.sqrt()", "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.sin(x=1)", "math.isclose(1)", "math.prod([1], 2)",
 "math.sin(10**400)", "math.floor(10**400)", "math.exp(10**400)", "math.log(-10**400)", "math.log(10**400, 10**200)",
]:
    ev(e)
print(math.ceil(2.0), type(math.ceil(2.0)), math.floor(-2.5), type(math.trunc(2.5)))
print([round(math.sin(x / 10), 12) for x in range(5)])
print(math.__name__, math.sqrt.__name__, type(math.sqrt).__name__)
