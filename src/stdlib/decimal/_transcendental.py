"""exp, ln, log10 and non-integer powers for decimal, correctly rounded (exp, ln and log10 with
round-half-even as the specification requires, powers with the context's rounding).

Values are computed in fixed point (Python ints scaled by 10**W) with W guard digits beyond the
context precision, then rounded; when the approximation lies too close to a rounding boundary
the computation is redone with more digits (Ziv's strategy)."""

from decimal import (_dec, _fix, _inf, _invalid, _nan_result, _ndigits, _round_int,
                     Context, ROUND_HALF_EVEN, MAX_EMAX, MIN_EMIN, Inexact, Rounded)

# the approximations below are within this many units of their last digit
_TOLERANCE = 100
_constants = {}


def _atanh_inv(k, w):
    """atanh(1/k) * 10**w."""
    one = 10 ** w
    power = one // k
    total = power
    k2 = k * k
    i = 3
    while power:
        power //= k2
        total += power // i
        i += 2
    return total


def _ln2_ln10(w):
    """(ln 2, ln 10) * 10**w, cached per precision."""
    got = _constants.get(w)
    if got is None:
        g = w + 10
        ln2 = 2 * _atanh_inv(3, g)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, g)
        got = (ln2 // 10 ** 10, ln10 // 10 ** 10)
        if len(_constants) > 20:
            _constants.clear()
        _constants[w] = got
    return got


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, within a few units."""
    g = w + 10
    one = 10 ** g
    n = _ndigits(c)
    k = e + n - 1  # x = m * 10**k with 1 <= m < 10
    shift = g - n + 1
    m = c * 10 ** shift if shift >= 0 else c // 10 ** -shift
    # bring m into [0.75, 1.5) by powers of two: ln m = j ln2 + ln(m / 2**j)
    j = 0
    while m >= one * 3 // 2:
        m //= 2
        j += 1
    # atanh series on |z| (floor division of negative values would never reach zero)
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    power = z
    total = z
    i = 3
    while power:
        power = power * z2 // one
        total += power // i
        i += 2
    if m < one:
        total = -total
    ln2, ln10 = _ln2_ln10(g)
    return (2 * total + j * ln2 + k * ln10) // 10 ** 10


def _exp_fixed(t, w):
    """exp(t / 10**w) * 10**w for 0 <= t < 3 * 10**w, within a few units."""
    g = w + 10
    one = 10 ** g
    halvings = 10
    r = t * 10 ** 10 // 2 ** halvings
    total = one
    term = one
    i = 1
    while term:
        term = term * r // one // i
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 10


def _exp_scaled(t, s, w):
    """exp(t / 10**s) as (M, ex): about w significant digits, M * 10**ex."""
    digits_int = max(0, _ndigits(abs(t)) - s)
    g = w + digits_int + 5
    ln10 = _ln2_ln10(g)[1]
    tg = t * 10 ** (g - s) if g >= s else t // 10 ** (s - g)
    n = tg // ln10
    r = tg - n * ln10  # in [0, ln 10)
    rw = r // 10 ** (g - w)
    return _exp_fixed(rw, w), n - w


def _finish(ctx, st, sign, m, ex, last_try=False, context_rounding=False):
    """Rounds the approximation m * 10**ex; None when it is too close to a rounding boundary."""
    work = ctx.copy()
    if not context_rounding:
        work.rounding = ROUND_HALF_EVEN
    p = ctx.prec
    d = _ndigits(m)
    pos = max(ex + d - p, ctx.Emin - p + 1)
    drop = pos - ex
    if drop < 4:
        return None
    unit = 10 ** drop
    q, rem = divmod(m, unit)
    half = unit // 2
    near = min(rem, abs(rem - half), unit - rem)
    if near < _TOLERANCE and not last_try:
        return None
    # (on the last try the approximation is trusted as it is; an exact zero remainder still
    # counts as inexact, the true value being transcendental or too close to tell)
    sticky = 1 if rem < half else (5 if rem == half else 6)
    return _fix(work, st, sign, q * 10 + sticky, pos - 1)


def _ziv(ctx, st, compute, context_rounding=False):
    """Runs compute(w) -> (sign, m, ex) with growing w until the rounding is certain."""
    w = ctx.prec + 12
    limit = 4 * ctx.prec + 200
    while True:
        sign, m, ex = compute(w)
        last = w > limit
        if m and _ndigits(m) >= ctx.prec + 6 or last:
            r = _finish(ctx, st, sign, m, ex, last, context_rounding)
            if r is not None:
                return r
        w *= 2


def exp_op(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        if r is not None:
            return r
        return _dec(0, 0, 0) if a._sign else a
    if a._int == 0:
        return _fix(ctx, st, 0, 1, 0)
    if a.adjusted() > 20:
        # far beyond any exponent range: overflow, or underflow to zero
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        if a._sign:
            return _fix(work, st, 0, 1, ctx.Emin - ctx.prec - 10)
        return _fix(work, st, 0, 1, ctx.Emax + 10)
    t = -a._int if a._sign else a._int
    if a._exp >= 0:
        t, s = t * 10 ** a._exp, 0
    else:
        s = -a._exp

    def compute(w):
        m, ex = _exp_scaled(t, s, w)
        return 0, m, ex
    return _ziv(ctx, st, compute)


def _log_specials(ctx, st, a):
    if a._special:
        r = _nan_result(ctx, st, a)
        if r is not None:
            return r
        return _invalid(st) if a._sign else a
    if a._int == 0:
        return _inf(1)
    if a._sign:
        return _invalid(st)
    return None


def ln_op(ctx, st, a):
    r = _log_specials(ctx, st, a)
    if r is not None:
        return r
    if a._int == 10 ** _ndigits(a._int) // 10 and a.adjusted() == 0:
        return _fix(ctx, st, 0, 0, 0)  # ln(1) is exactly 0

    def compute(w):
        v = _ln_fixed(a._int, a._exp, w)
        return (1 if v < 0 else 0), abs(v), -w
    return _ziv(ctx, st, compute)


def log10_op(ctx, st, a):
    r = _log_specials(ctx, st, a)
    if r is not None:
        return r
    c = a._int
    if c == 10 ** (_ndigits(c) - 1):
        k = a.adjusted()  # an exact power of ten
        return _fix(ctx, st, 1 if k < 0 else 0, abs(k), 0)

    def compute(w):
        g = w + 5
        v = _ln_fixed(a._int, a._exp, g) * 10 ** w // _ln2_ln10(g)[1]
        return (1 if v < 0 else 0), abs(v), -w
    return _ziv(ctx, st, compute)


def _iroot(n, k):
    """The integer k-th root of n >= 0 (floor)."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _exact_power(a, b):
    """a ** b as (coefficient, exponent) when it is an exact decimal with a small root, else None."""
    num, den = b._int, 10 ** -b._exp
    g = _gcd(num, den)
    num, den = num // g, den // g
    if den > 100 or num > 1000 or _ndigits(a._int) > 500:
        return None
    e_root = a._exp // den
    c = a._int * 10 ** (a._exp - e_root * den)
    root = _iroot(c, den)
    if root ** den != c:
        return None
    c_r, e_r = root ** num, e_root * num
    if not b._sign:
        return c_r, e_r
    # a negative power is exact only when the root's power divides a power of ten
    twos = fives = 0
    d = c_r
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return None
    k = max(twos, fives)
    return 10 ** k // c_r, -k - e_r


def _gcd(x, y):
    while y:
        x, y = y, x % y
    return x


def power_nonint(ctx, st, a, b):
    """a ** b for finite a > 0 and finite non-integral b: exp(b * ln a)."""
    exact = _exact_power(a, b) if b._exp >= -3 else None
    if exact is not None:
        # C decimal pads an exact result to the full precision and still reports it inexact
        c, e = exact
        pad = ctx.prec - _ndigits(c)
        if pad > 0:
            c, e = c * 10 ** pad, e - pad
        st.extend((Inexact, Rounded))
        return _fix(ctx, st, 0, c, e)
    yc = -b._int if b._sign else b._int
    if a._int == 1 and a._exp == 0:
        st.extend((Inexact, Rounded))
        return _dec(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    ln_estimate = abs(a.adjusted()) + 1
    size = b.adjusted() + len(str(ln_estimate))
    if size > 20:
        work = ctx.copy()
        work.rounding = ROUND_HALF_EVEN
        grows = (a.adjusted() >= 0) == (b._sign == 0)
        if grows:
            return _fix(work, st, 0, 1, ctx.Emax + 10)
        return _fix(work, st, 0, 1, ctx.Emin - ctx.prec - 10)

    def compute(w):
        extra = max(0, b.adjusted()) + len(str(ln_estimate)) + 2
        g = w + extra
        lg = _ln_fixed(a._int, a._exp, g)
        t = lg * yc  # scaled by 10**(g - b._exp)
        s = g - b._exp
        m, ex = _exp_scaled(t, s, w)
        return 0, m, ex
    # unlike exp and ln, power rounds with the context's rounding mode (as C decimal does)
    return _ziv(ctx, st, compute, context_rounding=True)


# part of CPython's C decimal: no frame of this module shows in a traceback
import _pygil_types
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if callable(_v) and getattr(_v, '__module__', None) == __name__])
del _pygil_types
