"""Basic statistics of numeric data: averages (mean, fmean, geometric_mean, harmonic_mean,
median and its variants, mode, multimode, quantiles) and spread (variance, pvariance,
stdev, pstdev), plus covariance, correlation and linear_regression.

mean and the variances are exact: the data are summed as fractions (each float is an exact
binary fraction), and only the result is converted back to the data's type (an int result
that is not whole becomes a float). So mean([1, 2]) is 1.5, mean of Fractions is a
Fraction, and stdev is the correctly rounded square root of the exact variance.

This module was written for pygil from the documented behaviour of CPython 3.11's
statistics (same results, types and messages).
"""

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped',
    'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance',
    'quantiles', 'stdev', 'variance', 'NormalDist',
]

import math
import random
from fractions import Fraction
from collections import Counter, namedtuple
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from operator import mul


class StatisticsError(ValueError):
    pass


# ================================================================= exact sums

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _ratios(typ, values):
    """The exact ratios of a run of values of one type: floats and ints through their own
    as_integer_ratio (no Python-level call per value), the rest through _exact_ratio."""
    if typ is float or typ is int:
        values = list(values)
        try:
            return list(map(typ.as_integer_ratio, values))
        except (OverflowError, ValueError):
            pass                            # an infinity or NaN
    return map(_exact_ratio, values)


def _runs(data):
    """The data as runs of one type, (type, values): one run without a per-item Python
    call when all the items have the same type (the usual case)."""
    data = list(data)
    types = set(map(type, data))
    if len(types) == 1:
        return [(types.pop(), data)]
    return groupby(data, type)


def _coerce(T, S):
    """The type a mix of T and S values gives (int < Fraction < float; Decimal with
    ints only)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("can't convert type '%s' to '%s'" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count) of the data."""
    count = 0
    types = set()
    totals = {}                 # denominator -> sum of numerators
    for typ, values in _runs(data):
        types.add(typ)
        for numerator, denominator in _ratios(typ, values):
            count += 1
            totals[denominator] = totals.get(denominator, 0) + numerator
    if None in totals:
        total = totals[None]    # an infinity or NaN wins
    else:
        total = sum(Fraction(n, d) for d, n in totals.items())
    T = int
    for typ in types:
        T = _coerce(T, typ)
    return T, total, count


def _sum_of_squares(data, center=None):
    """(type, exact sum of squared deviations from the mean (or from center), mean or
    center, count)."""
    if center is not None:
        T, total, count = _sum((x - center) * (x - center) for x in data)
        return T, total, center, count
    # Exact sums of x and x*x, kept as integer numerators per denominator (Fractions only
    # at the end): the squared deviations total (n*sxx - sx*sx) / n.
    count = 0
    types = set()
    sx_partials = {}
    sxx_partials = {}
    for typ, values in _runs(data):
        types.add(typ)
        for numerator, denominator in _ratios(typ, values):
            count += 1
            sx_partials[denominator] = sx_partials.get(denominator, 0) + numerator
            if denominator is not None:
                sxx_partials[denominator] = (sxx_partials.get(denominator, 0)
                                             + numerator * numerator)
    T = int
    for typ in types:
        T = _coerce(T, typ)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if None in sx_partials:
        total = sx_partials[None]           # an infinity or NaN
        return T, total, total, count
    sx = sum(Fraction(n, d) for d, n in sx_partials.items())
    sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
    squares = (count * sxx - sx * sx) / count
    return T, squares, sx / count, count


def _convert(value, T):
    """The exact value as a T (a float when T is int and the value is not whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        return T(value.numerator) / T(value.denominator)


def _fail_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def _sqrt_of_fraction(value):
    """The float nearest to the square root of a non-negative Fraction."""
    if value == 0:
        return 0.0
    # A first guess with about 60 bits, from integer square roots (no overflow).
    n, m = value.numerator, value.denominator
    k = 60 - (n.bit_length() - m.bit_length()) // 2
    if k >= 0:
        guess = math.isqrt((n << (2 * k)) // m)
    else:
        guess = math.isqrt(n // (m << (-2 * k)))
    root = math.ldexp(float(guess), -k)
    # Move to the neighbour while the exact root lies beyond the midpoint between them.
    while True:
        below = math.nextafter(root, 0.0)
        above = math.nextafter(root, math.inf)
        low_mid = (Fraction(below) + Fraction(root)) / 2
        high_mid = (Fraction(root) + Fraction(above)) / 2
        if value < low_mid * low_mid or (value == low_mid * low_mid and _is_even(below)):
            root = below
        elif value > high_mid * high_mid or (value == high_mid * high_mid
                                             and _is_even(above)):
            root = above
        else:
            return root


def _is_even(x):
    return (Fraction(x) / Fraction(math.ulp(x))) % 2 == 0


# ==================================================================== averages

def mean(data):
    """The arithmetic mean of the data, computed exactly: mean([1, 2, 3, 4, 4]) is 2.8.
    StatisticsError for empty data."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean in floating point (faster than mean()), optionally
    weighted. StatisticsError for empty data."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    numerator = math.fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    denominator = math.fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return numerator / denominator


def geometric_mean(data):
    """The geometric mean in floating point. StatisticsError for empty data or a value
    that is not positive."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data: the number of values divided by the sum of
    their reciprocals (optionally weighted). 0 if a value is 0; negative values are an
    error."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)) or type(x).__name__ == 'Decimal':
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_negative(weights, errmsg))
    try:
        data = _fail_negative(data, errmsg)
        T, total, count = _sum(w / x for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0            # a zero value makes the harmonic mean 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """Return the median (middle value) of numeric data; the mean of the two middle
    values when there are an even number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data: the smaller middle value when there are
    an even number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the high median of data: the larger middle value when there are an even
    number of them."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data: the data are the
    midpoints of classes of width interval, and the median is interpolated within the
    class that holds the middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]                            # the midpoint of the median class
    below = bisect_left(data, x)                # values in the classes below it
    frequency = bisect_right(data, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / frequency


def mode(data):
    """Return the most common data point from discrete or nominal data (the first one
    met, if several are equally common)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """Return a list of the most frequently occurring values, in the order they were
    first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability; return the n - 1
    cut points. method 'exclusive' treats the data as a sample of a larger population,
    'inclusive' as the whole population (its minimum and maximum are the 0th and 100th
    percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ====================================================================== spread

def variance(data, xbar=None):
    """Return the sample variance of data (squared deviations divided by n - 1). xbar,
    if given, is used as the mean."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data (squared deviations divided by n). mu,
    if given, is used as the mean."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(mss):
    # An infinity or NaN in the data makes mss a float: CPython 3.11 then fails on
    # mss.numerator (AttributeError), and so does this.
    return _sqrt_of_fraction(mss)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    T, ss, _, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if T.__name__ == 'Decimal':
        return (T(mss.numerator) / T(mss.denominator)).sqrt()
    return _root(mss)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    T, ss, _, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if T.__name__ == 'Decimal':
        return (T(mss.numerator) / T(mss.denominator)).sqrt()
    return _root(mss)


# ============================================================ two variables

def covariance(x, y, /):
    """Return the sample covariance of two inputs x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum(_square(xi - xbar) for xi in x)
    syy = math.fsum(_square(yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def _square(d):
    return d * d


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept (with
    proportional=True, a line through the origin)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same '
                              'number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum(_square(xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ================================================================ NormalDist

_SQRT2 = math.sqrt(2.0)


# The inverse of the normal CDF: Wichura's algorithm AS 241 (PPND16, Applied Statistics
# 37, 1988), rational approximations good to about 1e-16 in three regions of p.

_CENTRAL_NUM = (3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
                1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
                3.3430575583588128105e+4, 2.5090809287301226727e+3)
_CENTRAL_DEN = (1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
                5.3941960214247511077e+3, 2.1213794301586595867e+4, 3.9307895800092710610e+4,
                2.8729085735721942674e+4, 5.2264952788528545610e+3)
_NEAR_NUM = (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
             3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
             2.27238449892691845833e-2, 7.74545014278341407640e-4)
_NEAR_DEN = (1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
             6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
             5.47593808499534494600e-4, 1.05075007164441684324e-9)
_TAIL_NUM = (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
             2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
             2.71155556874348757815e-5, 2.01033439929228813265e-7)
_TAIL_DEN = (1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
             1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
             1.42151175831644588870e-7, 2.04426310338993978564e-15)


def _polynomial(coefficients, r):
    # Horner's rule from the highest power down.
    value = coefficients[-1]
    for coefficient in reversed(coefficients[:-1]):
        value = value * r + coefficient
    return value


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _polynomial(_CENTRAL_NUM, r) * q / _polynomial(_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _polynomial(_NEAR_NUM, r) / _polynomial(_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _polynomial(_TAIL_NUM, r) / _polynomial(_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p: the value below which a fraction p of the distribution
        lies (0 < p < 1)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions: the area under both
        density curves, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):     # the same result either way round
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        # The two points where the densities cross.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma ** 2.0

    def __add__(x1, x2):
        """A constant shifts the mean; another (independent) NormalDist adds its mean and
        its variance."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """A constant shifts the mean; another (independent) NormalDist subtracts its mean
        and adds its variance."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        """Divide by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        "Return a copy of the instance."
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        "Negates mu while keeping sigma the same."
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        "Subtract a NormalDist from a constant or another NormalDist."
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        "Two NormalDist objects are equal if their mu and sigma are both equal."
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        "NormalDist objects hash equal if their mu and sigma are both equal."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
