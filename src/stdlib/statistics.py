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
from collections import namedtuple
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from operator import mul
import numbers


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
    """The type a total of T values and S values takes. ints (and bools) give way to any
    other type, a class to its subclass, int subclasses to other types and Fraction to
    float; any other mix (Decimal with float, say) is an error."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for narrower, wider in ((S, T), (T, S)):
        if issubclass(narrower, wider):
            return narrower
    for int_like, other in ((T, S), (S, T)):
        if issubclass(int_like, int):
            return other
    for exact, binary in ((T, S), (S, T)):
        if issubclass(exact, Fraction) and issubclass(binary, float):
            return binary
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count) of the data."""
    count = 0
    types = {}                  # the data's types in order of first appearance
    totals = {}                 # denominator -> sum of numerators
    for typ, values in _runs(data):
        types[typ] = None
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
    types = {}
    sx_partials = {}
    sxx_partials = {}
    for typ, values in _runs(data):
        types[typ] = None
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


def _refuse_negative(values, message):
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


def _with_length(values):
    """(values, their number), making a list of an iterable that has no len()."""
    try:
        return values, len(values)
    except TypeError:
        values = list(values)
        return values, len(values)


def fmean(data, weights=None):
    """The arithmetic mean in floating point, faster than mean(); weighted when weights (one
    per value) are given."""
    data, count = _with_length(data)
    if weights is None:
        total = math.fsum(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    weights, weight_count = _with_length(weights)
    weighted_total = math.fsum(map(mul, data, weights))
    if count != weight_count:
        raise StatisticsError('data and weights must be the same length')
    weight_sum = math.fsum(weights)
    if not weight_sum:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted_total / weight_sum


def geometric_mean(data):
    """The geometric mean in floating point. StatisticsError for empty data or a value
    that is not positive."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean: the (weighted) count of the values divided by the (weighted) sum
    of their reciprocals. A zero value makes it 0; negative values are an error."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    count = len(data)
    if not count:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, _decimal_type())):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights, weight_total = repeat(1, count), count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_refuse_negative(weights, negative))[1]
    # a zero weight contributes nothing, even against a zero value
    terms = (w / x if w else 0 for w, x in zip(weights, _refuse_negative(data, negative)))
    try:
        T, reciprocal_total, _ = _sum(terms)
    except ZeroDivisionError:
        return 0
    if reciprocal_total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / reciprocal_total, T)


def _decimal_type():
    # Decimal counts as a number here; import it only when asked (it is a big module)
    from decimal import Decimal
    return Decimal


def _ordered(data):
    """The data sorted, or StatisticsError when there is nothing to take a median of."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """The middle value of the data, or the mean of the two middle values when their number
    is even."""
    ordered = _ordered(data)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value of the data, or the smaller of the two middle values when their
    number is even; always a member of the data."""
    ordered = _ordered(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The middle value of the data, or the larger of the two middle values when their
    number is even; always a member of the data."""
    ordered = _ordered(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes of width interval, each datum being
    the midpoint of its class: interpolated within the class that holds the middle value."""
    ordered = _ordered(data)
    count = len(ordered)
    middle = ordered[count // 2]
    # the median class holds ordered[first:past]; the classes below hold `first` values
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        width = float(interval)
        midpoint = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = midpoint - width / 2.0
    return lower_limit + width * (count / 2 - first) / (past - first)


def _counts(data):
    """Each distinct value and how often it occurs, in order of first occurrence."""
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def multimode(data):
    """The values that occur most often, in the order they first occur ([] for no data)."""
    counts = _counts(data)
    highest = max(counts.values(), default=0)
    return [value for value, count in counts.items() if count == highest]


def mode(data):
    """The value that occurs most often (of several such, the one that occurs first)."""
    winners = multimode(data)
    if not winners:
        raise StatisticsError('no mode for empty data')
    return winners[0]


def _weighted_point(low, high, toward_high, n):
    # the point toward_high/n of the way from low to high, as CPython computes it
    return (low * (n - toward_high) + high * toward_high) / n


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points that divide the data into n groups of equal probability.
    'exclusive' (the default) treats the data as a sample from a wider population;
    'inclusive' treats them as the population, its least and greatest values being the 0th
    and 100th percentiles."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method not in ('inclusive', 'exclusive'):
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for k in range(1, n):
        if method == 'inclusive':
            # position k*(size-1)/n among indexes 0 .. size-1
            index, remainder = divmod(k * (size - 1), n)
            cuts.append(_weighted_point(ordered[index], ordered[index + 1], remainder, n))
        else:
            # position k*(size+1)/n among ranks 1 .. size, kept inside the data
            scaled = k * (size + 1)
            rank = min(max(scaled // n, 1), size - 1)
            cuts.append(_weighted_point(ordered[rank - 1], ordered[rank], scaled - rank * n, n))
    return cuts


# ====================================================================== spread

def _mean_square(data, centre, sample, name):
    """(data type, exact mean of the squared deviations from the mean, or from centre when
    given): over n - 1 for a sample, over n for a whole population."""
    T, squares, _, count = _sum_of_squares(data, centre)
    if sample and count < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    if not sample and count < 1:
        raise StatisticsError(f'{name} requires at least one data point')
    return T, squares / (count - 1 if sample else count)


def _square_root(mean_square, T):
    # Decimal data get Decimal's own square root; the rest the correctly rounded float.
    # An infinity or NaN in the data leaves mean_square a float: CPython 3.11 then fails
    # on its .numerator (AttributeError), and so does this.
    if T.__name__ == 'Decimal':
        return _decimal_square_root(mean_square, T)
    return _sqrt_of_fraction(mean_square)


def _decimal_square_root(value, Decimal):
    """The square root of a non-negative Fraction as a Decimal of the context's precision,
    rounded to nearest (Decimal's own sqrt of a rounded quotient can be one step off)."""
    if not value:
        return Decimal('0.0')
    root = (Decimal(value.numerator) / Decimal(value.denominator)).sqrt()
    exact_root = Fraction(*root.as_integer_ratio())
    for neighbour, beyond in ((root.next_plus(), value.__gt__), (root.next_minus(), value.__lt__)):
        midpoint = (exact_root + Fraction(*neighbour.as_integer_ratio())) / 2
        if beyond(midpoint * midpoint):
            return neighbour
    return root


def variance(data, xbar=None):
    """The sample variance: squared deviations from the mean (xbar, if given) over n - 1."""
    T, mean_square = _mean_square(data, xbar, True, 'variance')
    return _convert(mean_square, T)


def pvariance(data, mu=None):
    """The population variance: squared deviations from the mean (mu, if given) over n."""
    T, mean_square = _mean_square(data, mu, False, 'pvariance')
    return _convert(mean_square, T)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance()."""
    T, mean_square = _mean_square(data, xbar, True, 'stdev')
    return _square_root(mean_square, T)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance()."""
    T, mean_square = _mean_square(data, mu, False, 'pstdev')
    return _square_root(mean_square, T)


# ============================================================ two variables

def _paired_length(x, y, what):
    """len(x), checked against len(y) and for at least two points (what names the
    statistic in the messages)."""
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f'{what} requires that both inputs have same number of data '
                              f'points')
    if count < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return count


def _deviations(values, count):
    """Each value's difference from the (floating-point) mean of values."""
    centre = math.fsum(values) / count
    return [v - centre for v in values], centre


def covariance(x, y, /):
    """The sample covariance of x and y: how the two vary together."""
    count = _paired_length(x, y, 'covariance')
    dx, _ = _deviations(x, count)
    dy, _ = _deviations(y, count)
    return math.fsum(a * b for a, b in zip(dx, dy)) / (count - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1."""
    count = _paired_length(x, y, 'correlation')
    dx, _ = _deviations(x, count)
    dy, _ = _deviations(y, count)
    together = math.fsum(a * b for a, b in zip(dx, dy))
    spread_x = math.fsum(a * a for a in dx)
    spread_y = math.fsum(b * b for b in dy)
    try:
        return together / math.sqrt(spread_x * spread_y)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through the points (x, y); with
    proportional=True the line goes through the origin (intercept 0.0)."""
    count = _paired_length(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        dx, x_centre = _deviations(x, count)
        dy, y_centre = _deviations(y, count)
    together = math.fsum(a * b for a, b in zip(dx, dy))
    spread_x = math.fsum(a * a for a in dx)
    try:
        slope = together / spread_x
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else y_centre - slope * x_centre
    return LinearRegression(slope=float(slope), intercept=intercept)


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
    """A normal (Gaussian) distribution: mean mu, standard deviation sigma. Instances also
    stand for independent normally distributed random variables, and add, subtract and
    scale as such."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        """The normal distribution with mean mu and standard deviation sigma (>= 0)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mu and sigma are the mean and sample standard deviation
        of data."""
        values = data if isinstance(data, (list, tuple)) else list(data)
        centre = fmean(values)
        return cls(centre, stdev(values, centre))

    def samples(self, n, *, seed=None):
        """n random values drawn from the distribution; a seed makes them reproducible."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def _require_spread(self, operation):
        if not self._sigma:
            raise StatisticsError(f'{operation}() not defined when sigma is zero')

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """The probability that a value drawn from the distribution is at most x."""
        self._require_spread('cdf')
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
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area under both density curves (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # the same answer either way round: order the pair by (sigma, mu)
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        narrow_var, wide_var = narrow.variance, wide.variance
        if not narrow_var or not wide_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = wide_var - narrow_var
        mean_gap = math.fabs(wide._mu - narrow._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * narrow._sigma * _SQRT2))
        # the two points where the density curves cross
        centre = narrow._mu * wide_var - wide._mu * narrow_var
        half_width = narrow._sigma * wide._sigma * math.sqrt(
            mean_gap * mean_gap + var_gap * math.log(wide_var / narrow_var))
        missed = 0.0
        for crossing in ((centre + half_width) / var_gap, (centre - half_width) / var_gap):
            missed += math.fabs(wide.cdf(crossing) - narrow.cdf(crossing))
        return 1.0 - missed

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._require_spread('zscore')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The mean, mu."""
        return self._mu

    @property
    def median(self):
        """The median: mu, for a normal distribution."""
        return self._mu

    @property
    def mode(self):
        """The mode: mu, for a normal distribution."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation, sigma."""
        return self._sigma

    @property
    def variance(self):
        """sigma squared."""
        return self._sigma ** 2.0

    # Arithmetic treats a NormalDist as an independent random variable: a constant shifts
    # or scales it; two of them add their means and (as root sum of squares) their sigmas.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
