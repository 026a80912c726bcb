from fractions import Fraction
from decimal import Decimal
class H:
    def __hash__(self): return 1
    def __eq__(self, o): return o == 1
d = {Decimal(1): 'a', Fraction(3, 1): 'b', H(): 'c', 2.0: 'd'}
print(d[1], d[3], d.get(1), 1 in d, 3 in d, d[2], d.get(2))
e = {1: 'x', 3: 'y', 'k': 'z'}
print(e[Decimal(1)], e.get(Fraction(3)), Fraction(3) in e, e.get(H()), e[1.0], e[True])
e[Decimal(1)] = 'new'; print(e)
del e[Fraction(3)]; print(e)
print(e.pop(H(), None), e)
s = {1, 2}; print(Decimal(1) in s, Fraction(2) in s)
d = {(1, 2): "tuple", -1: "minus one"}
print(d[(1, 2)], d.get(Decimal(-1)), d.get(Fraction(-1)), Decimal(-1) in d)
d[Fraction(-1)] = 'replaced'; print(d)
c = {Fraction(1, 2): 'half'}
print(c.get(0.5), 0.5 in c, c.get(Decimal("0.5")))
from collections import Counter
cnt = Counter([1, 1, 2]); cnt[Decimal(1)] += 1; print(cnt)
