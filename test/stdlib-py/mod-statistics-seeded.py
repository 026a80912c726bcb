# statistics against many seeded random inputs: every function's exact float (repr), for
# ints, floats, Fractions, Decimals and mixes, plus NormalDist's methods and arithmetic and
# the error messages. The inputs come from random.Random(seed), which both interpreters
# draw identically. Values that go through math.erf (cdf, overlap) are shown to 12 digits:
# they test this module's arithmetic, not the last bit of the C library's erf.
import random
import statistics as st
from decimal import Decimal
from fractions import Fraction


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


rng = random.Random(20261123)


def floats(k, scale):
    return [rng.uniform(-scale, scale) for _ in range(k)]


def positives(k):
    return [rng.uniform(0.001, 1000.0) for _ in range(k)]


for trial in range(40):
    k = rng.randint(1, 12)
    ints = [rng.randint(-50, 50) for _ in range(k)]
    fl = floats(k, 10 ** rng.randint(0, 6))
    pos = positives(k)
    fracs = [Fraction(rng.randint(-99, 99), rng.randint(1, 20)) for _ in range(k)]
    decs = [Decimal(rng.randint(-9999, 9999)) / 100 for _ in range(k)]
    mixed = ints[: k // 2] + fl[k // 2:]
    print('-- trial', trial, k)
    for name, data in [('ints', ints), ('floats', fl), ('pos', pos), ('fracs', fracs),
                       ('decs', decs), ('mixed', mixed)]:
        for fn in (st.mean, st.median, st.median_low, st.median_high, st.median_grouped,
                   st.variance, st.pvariance, st.stdev, st.pstdev, st.mode, st.multimode):
            show(f'{name} {fn.__name__}', fn, data)
        if name in ('ints', 'floats', 'pos', 'mixed'):
            show(f'{name} fmean', st.fmean, data)
            show(f'{name} fmean w', st.fmean, data, [abs(x) + 1 for x in data])
            show(f'{name} quantiles', st.quantiles, data)
            show(f'{name} quantiles 10 incl', st.quantiles, data, n=10, method='inclusive')
            show(f'{name} quantiles 7', st.quantiles, data, n=7)
            show(f'{name} median_grouped 3', st.median_grouped, data, 3)
        if name in ('pos', 'fracs', 'ints'):
            show(f'{name} geometric_mean', st.geometric_mean, data)
            show(f'{name} harmonic_mean', st.harmonic_mean, data)
            show(f'{name} harmonic_mean w', st.harmonic_mean, data, [rng.randint(0, 5) for _ in data])
    if k >= 2:
        show('covariance', st.covariance, fl, pos)
        show('covariance ints', st.covariance, ints, ints[::-1])
        show('correlation', st.correlation, fl, pos)
        show('linear_regression', st.linear_regression, fl, pos)
        show('linear_regression ints', st.linear_regression, ints, pos)
        show('linear_regression prop', st.linear_regression, pos, fl, proportional=True)
    show('variance xbar', st.variance, fl, 1.5)
    show('pstdev mu', st.pstdev, pos, 100.0)

print('-- NormalDist')
for trial in range(15):
    mu, sigma = rng.uniform(-50, 50), rng.uniform(0.1, 20)
    d = st.NormalDist(mu, sigma)
    e = st.NormalDist(rng.uniform(-50, 50), rng.uniform(0.1, 20))
    x = rng.uniform(-100, 100)
    p = rng.random()
    print(d, d.pdf(x), f'{d.cdf(x):.12g}', d.inv_cdf(p), d.zscore(x), f'{d.overlap(e):.12g}',
          f'{e.overlap(d):.12g}')
    print(d.quantiles(), d.quantiles(7)[3], d.inv_cdf(1e-12), d.inv_cdf(0.99), d.inv_cdf(0.03))
    print(d + e, d - e, d + 3, 3 + d, d - 2.5, 2.5 - d, d * -2, -2 * d, d / 4, -d, +d)
    print(d.mean, d.median, d.mode, d.stdev, d.variance, d == st.NormalDist(mu, sigma),
          hash(d) == hash(st.NormalDist(mu, sigma)), d == e, d == 5)
    print(f'{d.overlap(st.NormalDist(mu + 1, sigma)):.12g}', d.samples(3, seed=trial))
sample = [rng.gauss(10, 2) for _ in range(50)]
print(st.NormalDist.from_samples(sample), st.NormalDist.from_samples(iter(sample[:5])))
print(st.NormalDist(), st.NormalDist(1, 0), st.NormalDist(mu=2).variance, st.NormalDist(5, 2).__getstate__())
z = st.NormalDist(1, 0)
for label, fn in [('pdf', lambda: z.pdf(1)), ('cdf', lambda: z.cdf(1)), ('inv_cdf', lambda: z.inv_cdf(0.5)),
                  ('zscore', lambda: z.zscore(1)), ('overlap', lambda: z.overlap(st.NormalDist())),
                  ('overlap type', lambda: st.NormalDist().overlap(5)), ('neg sigma', lambda: st.NormalDist(0, -1)),
                  ('p range', lambda: st.NormalDist().inv_cdf(1.0)), ('p zero', lambda: st.NormalDist().inv_cdf(0))]:
    show(label, fn)

print('-- errors and edges')
for label, fn, args in [
        ('mean empty', st.mean, ([],)), ('fmean empty', st.fmean, ([],)), ('fmean iter empty', st.fmean, (iter([]),)),
        ('fmean w len', st.fmean, ([1, 2], [1])), ('fmean w zero', st.fmean, ([1, 2], [1, -1])),
        ('fmean iter', st.fmean, (iter([1, 2, 4]),)), ('fmean w iter', st.fmean, ([1, 2], iter([3, 1]))),
        ('median empty', st.median, ([],)), ('median_low empty', st.median_low, ([],)),
        ('median_grouped empty', st.median_grouped, ([],)), ('median_grouped one', st.median_grouped, ([5],)),
        ('median_grouped str', st.median_grouped, (['a', 'b'],)), ('median_grouped iv', st.median_grouped, ([1, 2], 'x')),
        ('median_grouped repeat', st.median_grouped, ([1, 2, 2, 2, 3, 4],)),
        ('median_grouped frac', st.median_grouped, ([Fraction(1, 3), Fraction(2, 3), 1],)),
        ('mode empty', st.mode, ([],)), ('mode str', st.mode, ('aabbbc',)), ('mode tie', st.mode, ([3, 1, 1, 3],)),
        ('multimode', st.multimode, ('aabbcd',)), ('multimode empty', st.multimode, ([],)),
        ('mode unhashable', st.mode, ([[1]],)), ('mode int', st.mode, (5,)),
        ('variance one', st.variance, ([1],)), ('pvariance empty', st.pvariance, ([],)),
        ('stdev one', st.stdev, ([1.0],)), ('pstdev empty', st.pstdev, ([],)),
        ('variance bool', st.variance, ([True, False, True],)),
        ('stdev decimal', st.stdev, ([Decimal('1.5'), Decimal('2.25'), Decimal('7')],)),
        ('pstdev fractions', st.pstdev, ([Fraction(1, 3), Fraction(5, 7)],)),
        ('variance mixed types', st.variance, ([Decimal(1), 2.5],)),
        ('quantiles n0', st.quantiles, ([1, 2],), ), ('quantiles one', st.quantiles, ([1],)),
        ('geometric zero', st.geometric_mean, ([1, 0],)), ('geometric empty', st.geometric_mean, ([],)),
        ('harmonic empty', st.harmonic_mean, ([],)), ('harmonic one', st.harmonic_mean, ([2.5],)),
        ('harmonic one neg', st.harmonic_mean, ([-1],)), ('harmonic one str', st.harmonic_mean, (['x'],)),
        ('harmonic one dec', st.harmonic_mean, ([Decimal('2.5')],)),
        ('harmonic zero', st.harmonic_mean, ([1, 0, 2],)), ('harmonic neg', st.harmonic_mean, ([1, -2],)),
        ('harmonic w len', st.harmonic_mean, ([1, 2], [1])), ('harmonic w neg', st.harmonic_mean, ([1, 2], [1, -1])),
        ('harmonic w zero both', st.harmonic_mean, ([0, 2], [0, 1])), ('harmonic w all zero', st.harmonic_mean, ([1, 2], [0, 0])),
        ('harmonic iter', st.harmonic_mean, (iter([1, 2, 4]),)), ('harmonic fracs', st.harmonic_mean, ([Fraction(1, 2), 3],)),
        ('covariance len', st.covariance, ([1, 2], [1])), ('covariance short', st.covariance, ([1], [1])),
        ('correlation const', st.correlation, ([1, 1, 1], [1, 2, 3])), ('correlation len', st.correlation, ([1], [1, 2])),
        ('regression const', st.linear_regression, ([2, 2], [1, 3])), ('regression short', st.linear_regression, ([1], [2])),
        ('regression len', st.linear_regression, ([1, 2], [2])), ('regression ints', st.linear_regression, ([1, 2, 3], [2, 4, 7])),
        ('mean mix', st.mean, ([1, Fraction(1, 2), 0.25],)), ('mean decimal float', st.mean, ([Decimal(1), 1.5],)),
        ('mean bools', st.mean, ([True, True, False],)), ('mean inf', st.mean, ([1.0, float('inf')],)),
        ('median even ints', st.median, ([1, 2, 3, 4],)), ('median odd', st.median, ([3, 1, 2],)),
        ('median_high', st.median_high, ([1, 2, 3, 4],)), ('median_low', st.median_low, ([1, 2, 3, 4],))]:
    show(label, fn, *args)
show('quantiles n0', st.quantiles, [1, 2], n=0)
show('quantiles method', st.quantiles, [1, 2], method='bogus')
show('quantiles n1', st.quantiles, [1, 2, 3], n=1)
print(st.LinearRegression(1, 2), st.linear_regression([1, 2, 3], [2, 4, 6])._fields, issubclass(st.StatisticsError, ValueError))
