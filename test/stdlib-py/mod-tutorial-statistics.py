# statistics module: descriptive statistics of exam scores, like an intro-stats course
import statistics as st
from fractions import Fraction


scores = [88, 92, 79, 93, 85, 92, 70, 65, 92, 81]
print(st.mean(scores), st.fmean(scores), st.median(scores), st.median_low(scores), st.median_high(scores))
print(st.mode(scores), st.multimode(scores), st.multimode("aabbbccdd"), st.multimode([]))
print(st.stdev(scores), st.pstdev(scores))
print(st.variance(scores), st.pvariance(scores))
print(st.quantiles(scores), st.quantiles(scores, n=10), st.quantiles(scores, n=4, method="inclusive"))
print(st.mean([1.5, 2.5, 3.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]))
print(st.median([1, 3, 2, 4]), st.median([3, 1, 2]), st.median_grouped([52, 52, 53, 54]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3], weights=[2, 1]) if False else st.harmonic_mean([2.5, 3]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]) if hasattr(st, "x") else st.fmean([3.5, 4.0, 5.25]))
print(st.variance([1, 2, 3, 4, 5], xbar=3), st.pvariance([Fraction(1, 4), Fraction(5, 4)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y))
lr = st.linear_regression(x, y)
print(lr, lr.slope, lr.intercept)
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.mode([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.mode(["red", "blue", "red"]), st.mode([1, 1, 2, 2]))

nd = st.NormalDist(mu=100, sigma=15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(round(nd.cdf(115), 6), round(nd.pdf(100), 8), round(nd.inv_cdf(0.975), 4))
print([round(q, 3) for q in nd.quantiles(4)], round(nd.overlap(st.NormalDist(110, 15)), 6))
print(nd + 10, nd * 2, nd - st.NormalDist(5, 20), round(nd.zscore(130), 3))
fit = st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(fit.mean, 4), round(fit.stdev, 4))
print(st.NormalDist() == st.NormalDist(0, 1), repr(st.NormalDist(1.5, 0.25)))
temps = [20.1, 21.4, 19.8, 22.0, 23.5, 18.9]
print(f"mean={st.mean(temps):.2f} sd={st.stdev(temps):.3f} median={st.median(temps)}")
print(st.mean([True, False, True]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.pstdev([1.5, 2.5]), st.variance([Fraction(1), Fraction(2), Fraction(4)]))
print(st.quantiles([1, 2], n=3), st.fmean(range(1, 101)))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([1, 0, 2]))
