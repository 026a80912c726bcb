# cmath: every function on a grid of values (branch cuts, signed zeros, large and tiny
# parts, infinities and NaNs), with CPython's reprs and errors.
import cmath
import math

INF = float('inf')
NAN = float('nan')
parts = [-INF, -1e300, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.25, 1.0, 2.0, 1e300, INF, NAN]
values = [complex(a, b) for a in parts for b in parts]
values += [1, -1, 0, 2.5, -4, True, 1e-5 + 1e-5j, 1 + 1e-7j, 0.71 + 0.71j, 1.2 - 0.9j, 710 + 1j, -710 - 2j]

names = ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh',
         'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'phase', 'polar',
         'isfinite', 'isinf', 'isnan']
mismatches = {}
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in values:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        out.append(repr(r))
    print(name, len(out))
    for i in range(0, len(out), 15):
        print('  ', ' '.join(out[i:i + 15]))

print('rect')
for r in [-INF, -2.0, -0.0, 0.0, 1.5, INF, NAN]:
    row = []
    for phi in [-INF, -1.0, -0.0, 0.0, 0.5, math.pi, INF, NAN]:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except ValueError as e:
            row.append('ValueError')
    print('  ', ' '.join(row))

print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1 + 1j), cmath.log(-8, -2))
for bad in [(1, 1), (1, 0), (0,)]:
    try:
        cmath.log(*bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-10), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(INF, INF))
try:
    cmath.isclose(1, 2, abs_tol=-1)
except ValueError as e:
    print(e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 9.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()), cmath.polar(-1))
for bad in ['x', None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    cmath.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
for z in [complex(1, 1e-310), complex(4, 5e-324), complex(-4, 5e-324), complex(float('inf'), 1)]:
    try:
        print(z, cmath.phase(z), cmath.polar(z))
    except OverflowError as e:
        print(z, 'OverflowError', e)
