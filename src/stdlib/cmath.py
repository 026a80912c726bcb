"""This module provides access to mathematical functions for complex
numbers."""

# Written for pygil after the documented behaviour of CPython 3.11's cmath: the branch cuts
# of Kahan's "Branch cuts for complex elementary functions", C99 Annex G's special values
# for infinite and NaN parts (tables generated from CPython in _cmath_special.py), and
# scaling that keeps intermediate results from overflowing or underflowing. Errors are
# ValueError('math domain error') and OverflowError('math range error').

import math as _m
from _cmath_special import TABLES as _TABLES

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0                # beyond this, x*x or x+y may overflow
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)            # exp(x) for x above this needs care
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _domain_error():
    return ValueError('math domain error')


def _range_error():
    return OverflowError('math range error')


def _to_complex(z):
    """The argument as a complex: complex, __complex__, or anything float() takes."""
    if type(z) is complex:
        return z
    tp = type(z)
    if hasattr(tp, '__complex__'):
        return complex(z)
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    if hasattr(tp, '__float__') or hasattr(tp, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError('must be real number, not %s' % tp.__name__)


def _to_float(x):
    if isinstance(x, float):
        return float(x)
    tp = type(x)
    if hasattr(tp, '__float__') or hasattr(tp, '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % tp.__name__)


def _kind(x):
    """Index into the special-value tables."""
    if x != x:
        return 6
    if x == inf:
        return 5
    if x == -inf:
        return 0
    if x == 0.0:
        return 3 if _m.copysign(1.0, x) > 0 else 2
    return 4 if x > 0 else 1


def _special(name, x, y):
    """The table entry for a non-finite argument (ValueError where CPython raises)."""
    found = _TABLES[name][_kind(x)][_kind(y)]
    if found == 'E':
        raise _domain_error()
    return complex(found[0], found[1])


def _finite(x, y):
    return _m.isfinite(x) and _m.isfinite(y)


def _hypot(x, y):
    """sqrt(x*x + y*y) rounded correctly, as the C library's hypot (which cmath uses;
    math.hypot rounds differently): the sum of squares is computed exactly on integers."""
    x = abs(x)
    y = abs(y)
    if x == inf or y == inf:
        return inf
    if x != x or y != y:
        return nan
    if x == 0.0 or y == 0.0:
        return x + y
    mx, ex = _m.frexp(x)
    my, ey = _m.frexp(y)
    # x = X * 2**(ex-53), y = Y * 2**(ey-53) with 53-bit integers X, Y
    e = min(ex, ey) - 53
    big_x = int(mx * 9007199254740992.0) << (ex - 53 - e)
    big_y = int(my * 9007199254740992.0) << (ey - 53 - e)
    squares = big_x * big_x + big_y * big_y
    k = max(0, 56 - squares.bit_length() // 2)
    scaled = squares << (2 * k)
    root = _m.isqrt(scaled)
    exact = root * root == scaled
    # the result is root * 2**(e-k); keep 53 bits, fewer if it is subnormal
    drop = max(root.bit_length() - 53, -1074 - (e - k))
    kept = root >> drop
    rest = root - (kept << drop)
    half = 1 << (drop - 1)
    if rest > half or (rest == half and (not exact or kept & 1)):
        kept += 1
    try:
        return _m.ldexp(float(kept), drop + e - k)
    except OverflowError:
        return inf


def _asinh(x):
    """Real asinh the way the C library computes it (math.asinh may differ in the last
    bit): log1p below 2, log(2|x| + 1/(sqrt(x*x+1)+|x|)) above, log(|x|)+log(2) when huge."""
    ax = abs(x)
    if ax != ax or ax == inf or ax < 2.0 ** -28:
        return x + x if ax != ax else x
    if ax > 2.0 ** 28:
        r = _m.log(ax) + _LN2
    elif ax > 2.0:
        r = _m.log(2.0 * ax + 1.0 / (_m.sqrt(x * x + 1.0) + ax))
    else:
        r = _m.log1p(ax + x * x / (1.0 + _m.sqrt(1.0 + x * x)))
    return _m.copysign(r, x)


# Real cosh, sinh and tanh the way the C library computes them (from exp and expm1), since
# math.cosh/sinh/tanh may differ from it in the last bit.
_LN2_HALF = 0.34657359027997264


def _cosh(x):
    ax = abs(x)
    if ax != ax or ax == inf:
        return ax
    if ax < _LN2_HALF:
        t = _m.expm1(ax)
        w = 1.0 + t
        if ax < 2.0 ** -55:
            return w
        return 1.0 + (t * t) / (w + w)
    if ax < 22.0:
        t = _m.exp(ax)
        return 0.5 * t + 0.5 / t
    if ax < 709.782712893384:
        return 0.5 * _m.exp(ax)
    if ax <= 710.4758600739439:
        w = _m.exp(0.5 * ax)
        return (0.5 * w) * w
    return inf


def _sinh(x):
    ax = abs(x)
    if ax != ax or ax == inf:
        return x
    h = -0.5 if x < 0 else 0.5
    if ax < 22.0:
        if ax < 2.0 ** -28:
            return x
        t = _m.expm1(ax)
        if ax < 1.0:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if ax < 709.782712893384:
        return h * _m.exp(ax)
    if ax <= 710.4758600739439:
        w = _m.exp(0.5 * ax)
        return (h * w) * w
    return x * 1e308


def _tanh(x):
    ax = abs(x)
    if ax != ax:
        return x
    if ax == inf:
        return _m.copysign(1.0, x)
    if ax < 22.0:
        if ax < 2.0 ** -55:
            return x * (1.0 + x)
        if ax >= 1.0:
            t = _m.expm1(2.0 * ax)
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t = _m.expm1(-2.0 * ax)
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return _m.copysign(z, x)


def _check_overflow(re, im):
    if _m.isinf(re) or _m.isinf(im):
        raise _range_error()
    return complex(re, im)


def _sqrt_parts(x, y):
    """Principal square root of x + iy as (re, im), scaled against over/underflow."""
    if not _finite(x, y):
        r = _special('sqrt', x, y)
        return r.real, r.imag
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # subnormal parts: scale up by 2**53 so hypot and sqrt keep their precision
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _m.copysign(d, y)
    return d, _m.copysign(s, y)


def sqrt(z, /):
    """Return the square root of z."""
    z = _to_complex(z)
    re, im = _sqrt_parts(z.real, z.imag)
    return complex(re, im)


def _log_parts(x, y):
    if not _finite(x, y):
        r = _special('log', x, y)
        return r.real, r.imag
    ax = abs(x)
    ay = abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise _domain_error()
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # near the unit circle log(h) loses precision; log1p of h*h - 1 does not
            big = max(ax, ay)
            small = min(ax, ay)
            re = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            re = _m.log(h)
    return re, _m.atan2(y, x)


def _divide(a, b):
    """a / b for complex numbers, with division by zero as a domain error (as cmath.log)."""
    if b.real == 0.0 and b.imag == 0.0:
        raise _domain_error()
    return a / b


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    z = _to_complex(z)
    re, im = _log_parts(z.real, z.imag)
    result = complex(re, im)
    if base is not None:
        b = _to_complex(base)
        bre, bim = _log_parts(b.real, b.imag)
        result = _divide(result, complex(bre, bim))
    return result


def log10(z, /):
    """Return the base-10 logarithm of z."""
    z = _to_complex(z)
    re, im = _log_parts(z.real, z.imag)
    return complex(re / _LN10, im / _LN10)


def exp(z, /):
    """Return the exponential value e**z."""
    z = _to_complex(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        return _special('exp', x, y)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        re = scale * _m.cos(y) * e
        im = scale * _m.sin(y) * e
    else:
        scale = _m.exp(x)
        re = scale * _m.cos(y)
        im = scale * _m.sin(y)
    return _check_overflow(re, im)


def _cosh_parts(x, y):
    if not _finite(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            re = _m.copysign(inf, _m.cos(y))
            im = _m.copysign(inf, _m.sin(y))
            return re, (im if x > 0 else -im)
        r = _special('cosh', x, y)
        return r.real, r.imag
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _cosh(shifted) * e
        im = _m.sin(y) * _sinh(shifted) * e
    else:
        re = _m.cos(y) * _cosh(x)
        im = _m.sin(y) * _sinh(x)
    _check_overflow(re, im)
    return re, im


def _sinh_parts(x, y):
    if not _finite(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            re = _m.copysign(inf, _m.cos(y))
            im = _m.copysign(inf, _m.sin(y))
            return (re if x > 0 else -re), im
        r = _special('sinh', x, y)
        return r.real, r.imag
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _sinh(shifted) * e
        im = _m.sin(y) * _cosh(shifted) * e
    else:
        re = _m.cos(y) * _sinh(x)
        im = _m.sin(y) * _cosh(x)
    _check_overflow(re, im)
    return re, im


def _tanh_parts(x, y):
    if not _finite(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return (1.0 if x > 0 else -1.0), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y))
        r = _special('tanh', x, y)
        return r.real, r.imag
    if abs(x) > _LOG_LARGE:
        return _m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    z = _to_complex(z)
    return complex(*_cosh_parts(z.real, z.imag))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    z = _to_complex(z)
    return complex(*_sinh_parts(z.real, z.imag))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    z = _to_complex(z)
    return complex(*_tanh_parts(z.real, z.imag))


# cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz)
def cos(z, /):
    """Return the cosine of z."""
    z = _to_complex(z)
    return complex(*_cosh_parts(-z.imag, z.real))


def sin(z, /):
    """Return the sine of z."""
    z = _to_complex(z)
    re, im = _sinh_parts(-z.imag, z.real)
    return complex(im, -re)


def tan(z, /):
    """Return the tangent of z."""
    z = _to_complex(z)
    re, im = _tanh_parts(-z.imag, z.real)
    return complex(im, -re)


def _asinh_parts(x, y):
    if not _finite(x, y):
        r = _special('asinh', x, y)
        return r.real, r.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        if y >= 0:
            re = _m.copysign(big, x)
        else:
            re = -_m.copysign(big, -x)
        return re, _m.atan2(y, abs(x))
    s1re, s1im = _sqrt_parts(1.0 + y, -x)
    s2re, s2im = _sqrt_parts(1.0 - y, x)
    re = _asinh(s1re * s2im - s2re * s1im)
    im = _m.atan2(y, s1re * s2re - s1im * s2im)
    return re, im


def _atanh_parts(x, y):
    if not _finite(x, y):
        r = _special('atanh', x, y)
        return r.real, r.imag
    if x < 0.0:
        # atanh is odd: work in the right half-plane
        re, im = _atanh_parts(-x, -y)
        return -re, -im
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain_error()
        re = -_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0)))
        return re, _m.copysign(_m.atan2(2.0, -ay) / 2.0, y)
    re = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return re, im


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    z = _to_complex(z)
    return complex(*_asinh_parts(z.real, z.imag))


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    z = _to_complex(z)
    return complex(*_atanh_parts(z.real, z.imag))


def asin(z, /):
    """Return the arc sine of z."""
    z = _to_complex(z)
    re, im = _asinh_parts(-z.imag, z.real)
    return complex(im, -re)


def atan(z, /):
    """Return the arc tangent of z."""
    z = _to_complex(z)
    re, im = _atanh_parts(-z.imag, z.real)
    return complex(im, -re)


def acos(z, /):
    """Return the arc cosine of z."""
    z = _to_complex(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        return _special('acos', x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        big = _m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        im = -_m.copysign(big, y) if x < 0 else _m.copysign(big, -y)
        return complex(re, im)
    s1re, s1im = _sqrt_parts(1.0 - x, -y)
    s2re, s2im = _sqrt_parts(1.0 + x, y)
    re = 2.0 * _m.atan2(s1re, s2re)
    im = _asinh(s2re * s1im - s2im * s1re)
    return complex(re, im)


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _to_complex(z)
    x, y = z.real, z.imag
    if not _finite(x, y):
        return _special('acosh', x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.log(_hypot(x / 2.0, y / 2.0)) + 2.0 * _LN2
        return complex(re, _m.atan2(y, x))
    s1re, s1im = _sqrt_parts(x - 1.0, y)
    s2re, s2im = _sqrt_parts(x + 1.0, y)
    re = _asinh(s1re * s2re + s1im * s2im)
    im = 2.0 * _m.atan2(s1im, s2re)
    return complex(re, im)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _to_complex(z)
    phi = _m.atan2(z.imag, z.real)
    if phi == 0.0 and z.imag != 0.0 and _m.isfinite(z.real) and _m.isfinite(z.imag):
        # the C library reports an angle that underflowed to zero as a range error
        raise _range_error()
    return phi


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _to_complex(z)
    phi = _m.atan2(z.imag, z.real)
    # C's hypot, as CPython's abs(complex); built-in abs() here may differ in the last bit
    r = _hypot(z.real, z.imag)
    if r == inf and _m.isfinite(z.real) and _m.isfinite(z.imag):
        raise _range_error()
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _to_float(r)
    phi = _to_float(phi)
    if not _finite(r, phi):
        if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
            re = _m.copysign(inf, _m.cos(phi))
            im = _m.copysign(inf, _m.sin(phi))
            return complex(re, im) if r > 0 else complex(-re, -im)
        return _special('rect', r, phi)
    if phi == 0.0:
        # r * phi keeps the sign of a zero angle
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _to_complex(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _to_complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _to_complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a = _to_complex(a)
    b = _to_complex(b)
    rel_tol = _to_float(rel_tol)
    abs_tol = _to_float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a))) or diff <= abs_tol
