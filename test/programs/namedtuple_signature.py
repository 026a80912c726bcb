from collections import namedtuple
P = namedtuple("P", "x y")
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {"x": 1, "z": 2}), ((1,), {"x": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
print(P.__new__.__doc__, P.__doc__)
import inspect
print(inspect.signature(P), P.__new__.__defaults__)
Q = namedtuple("Q", ["a", "b"], defaults=[5])
print(Q(1), Q.__new__.__defaults__, inspect.signature(Q))
