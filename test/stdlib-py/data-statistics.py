# statistics: exact means and variances (types follow the data), medians, modes, quantiles,
# spread, two-variable functions, errors.
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode, quantiles, variance,
                        pvariance, stdev, pstdev, covariance, correlation, linear_regression,
                        StatisticsError)
from fractions import Fraction


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


grades = [85, 92, 78, 92, 88, 95, 70, 92, 81]
print(mean(grades), median(grades), mode(grades), multimode(grades), stdev(grades),
      variance(grades), pstdev(grades), pvariance(grades))
print(mean([1, 2, 3, 4, 4]), mean([1, 2]), mean([1.5, 2.5]), mean([Fraction(1, 2), Fraction(1, 3)]),
      mean([1, Fraction(1, 2)]), mean([1, 2.0]), mean([0.1] * 10), mean(range(1, 101)), mean(iter([3, 4])))
print(fmean([3.5, 4.0, 5.25]), fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), fmean(iter([1, 2])))
print(geometric_mean([54, 24, 36]), harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]),
      harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([0, 5]), harmonic_mean([7]))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]),
      median(['b', 'a', 'c']), median_low(['d', 'b', 'a', 'c']))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1),
      median_grouped([1, 3, 3, 5, 7], interval=2), median_grouped([10]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode([1, 1, 2, 2]),
      multimode('aabbbbccddddeeffffgg'), multimode(''), mode('abracadabra'))
print(variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), variance([1, 2, 3, 4]),
      variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), variance([1, 2, 3], 2),
      pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), pvariance([1, 2, 3, 4], 2.5))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]),
      stdev([1, 2, 3, 4, 5, 6, 7]), stdev([0.1, 0.2, 0.3, 0.4]), stdev([Fraction(1, 3), 2]), pstdev([5, 5]))
print(quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), quantiles(range(1, 11), n=10, method='inclusive'),
      quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=10),
      quantiles([1.5, 2.5], n=3), quantiles([1, 2], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, x), correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), correlation(x, y))
year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = linear_regression(year, films_total)
print(linear_regression(year, films_total), round(slope * 2019 + intercept))
print(linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

for name, thunk in [('mean []', lambda: mean([])), ('fmean []', lambda: fmean([])),
                    ('median []', lambda: median([])), ('median_low []', lambda: median_low([])),
                    ('median_grouped []', lambda: median_grouped([])), ('mode []', lambda: mode([])),
                    ('variance 1', lambda: variance([1])), ('stdev 1', lambda: stdev([1])),
                    ('pvariance []', lambda: pvariance([])), ('pstdev []', lambda: pstdev([])),
                    ('geometric negative', lambda: geometric_mean([1, -1])),
                    ('harmonic negative', lambda: harmonic_mean([1, -1])),
                    ('harmonic []', lambda: harmonic_mean([])),
                    ('quantiles 1 point', lambda: quantiles([1])), ('quantiles n=0', lambda: quantiles([1, 2], n=0)),
                    ('quantiles method', lambda: quantiles([1, 2], method='median')),
                    ('mean of str', lambda: mean(['a', 'b'])), ('covariance lengths', lambda: covariance([1, 2], [1])),
                    ('correlation constant', lambda: correlation([1, 1], [1, 2])),
                    ('regression constant', lambda: linear_regression([1, 1], [1, 2])),
                    ('fmean weights', lambda: fmean([1, 2], weights=[1])),
                    ('median_grouped str', lambda: median_grouped(['a', 'b']))]:
    attempt(name, thunk)
print(issubclass(StatisticsError, ValueError))
print(type(mean([1, 2])).__name__, type(mean([2, 4])).__name__, type(variance([1, 3])).__name__,
      type(median([1, 3])).__name__, type(stdev([1, 3])).__name__)

# NormalDist
from statistics import NormalDist
iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance, iq.pdf(110), iq.cdf(130), iq.inv_cdf(0.9),
      iq.quantiles(), iq.zscore(130), iq.overlap(NormalDist(110, 10)), NormalDist().quantiles(10))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), iq + 5, iq * 2, iq - NormalDist(1, 2), 5 + iq,
      iq / 2, -iq, +iq, 10 - iq, iq == NormalDist(100, 15), hash(iq) == hash(NormalDist(100.0, 15.0)))
print([NormalDist().inv_cdf(p) for p in (0.5, 0.975, 0.999, 1e-10, 0.2, 1 - 1e-12)])
print(NormalDist(0, 1).samples(3, seed=1), NormalDist(1, 2).overlap(NormalDist(1, 2)),
      NormalDist(0, 1).overlap(NormalDist(0, 2)))
for name, thunk in [('sigma < 0', lambda: NormalDist(0, -1)), ('pdf sigma 0', lambda: NormalDist(0, 0).pdf(1)),
                    ('cdf sigma 0', lambda: NormalDist(0, 0).cdf(1)), ('inv_cdf 0', lambda: NormalDist().inv_cdf(0)),
                    ('zscore sigma 0', lambda: NormalDist(0, 0).zscore(1)),
                    ('overlap int', lambda: NormalDist().overlap(5)), ('from 1 sample', lambda: NormalDist.from_samples([1]))]:
    attempt(name, thunk)
