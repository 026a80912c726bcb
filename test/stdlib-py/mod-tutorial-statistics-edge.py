# statistics over mixed types, iterators, infinities/NaN (CPython 3.11's stdev fails on them with AttributeError), larger float data
import statistics as st
from fractions import Fraction
import random
for f in [lambda: st.mean(["a", "b"]), lambda: st.mean([1, 2.5, Fraction(1, 2)]), lambda: st.variance([1, 2.5, 4]), lambda: st.pstdev(x for x in [1, 2, 3, 4]),
          lambda: st.mean([1.0, float("inf")]), lambda: st.stdev([1.0, float("nan"), 2.0]), lambda: st.pstdev([float("inf"), 1.0]), lambda: st.variance([float("inf"), 1.0]), lambda: st.mean([True, 2]),
          lambda: st.variance([Fraction(1, 3), 1, 2]), lambda: st.pvariance([1.5]), lambda: st.mean(iter([3, 4])), lambda: st.stdev([1, 1, 1]), lambda: st.variance(range(10)),
          lambda: st.mean([1e308, 1e308]), lambda: st.stdev([1e-300, 2e-300, 3e-300]), lambda: st.mean([0.1] * 10), lambda: st.variance([0.1, 0.2, 0.3]),
          lambda: st.mean([1, "a"]), lambda: st.harmonic_mean([1.5, 2.5, 4]), lambda: st.geometric_mean([1.5, 2.5, 4])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
random.seed(5)
big = [random.random() * 100 for _ in range(2000)]
print(st.mean(big), st.stdev(big), st.pvariance(big), st.median(big), st.variance(big, st.mean(big)))
