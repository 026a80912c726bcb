# math: geometry, number theory and floating point helpers from an intro course
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.cbrt(8), math.exp(1), math.exp2(3) if hasattr(math, "exp2") else 8.0)
print(math.log(100), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.perm(10, 3), math.perm(5))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(12, 18, 24), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(3, -0.0))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8), math.ldexp(0.5, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([1.5, 2]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0001, rel_tol=1e-3), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")), math.nextafter(1, 2), math.ulp(1.0))
print(math.gamma(5), math.lgamma(10), math.erf(1), math.erfc(1))
print(math.pow(2, 10), 2 ** 10, math.pow(2, 0.5), math.pow(-8, 1 / 3) if False else abs(-8) ** (1 / 3))
print(math.floor(3), type(math.floor(3.7)).__name__, math.ceil(1e20), math.isqrt(10 ** 40))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
def circle(r):
    return math.pi * r ** 2, 2 * math.pi * r
area, circ = circle(2.5)
print(f"area={area:.3f} circumference={circ:.3f} {area:e} {circ:10.2f}|")
a, b, c = 1, -3, 2
disc = b * b - 4 * a * c
print(sorted(((-b + s * math.sqrt(disc)) / (2 * a)) for s in (1, -1)))
angles = [0, 30, 45, 60, 90]
for deg in angles:
    r = math.radians(deg)
    print(f"{deg:3d} {math.sin(r):8.4f} {math.cos(r):8.4f}")
print(math.trunc(1e16), int(1e16), 1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 1e-4)
print(float("1e22"), 1e21, 1e23, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 3.0e10)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), 17 // -5, pow(3, 4, 5), pow(2, -1, 7))
print(math.comb(50, 25), math.factorial(25), 2 ** 100, 10 ** 20 / 3, 7 / 2, int("ff", 16), bin(10), oct(64), hex(255))
print(abs(-7.25), round(1234.5678, -2), round(1234.5678, 1), round(-1.5), f"{1234567.891:,.2f}", f"{0.000123:.2e}", f"{42:08.3f}")
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
