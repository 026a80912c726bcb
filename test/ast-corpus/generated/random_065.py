z = (lambda c, t='''text''' ** j, q={Rb"""it is""" rb'''e''' for result, items in y if 1e10}.name.keys: (z, ñ))
obj = b'e'
((0x1f)[2j] in (lambda t, e: c) != b'(x:>(w))'.y) is (not count) * (value is data >= value not in _)
for items.value in (items % 42 for (ñ, count) in z > 3.14 for (z, __dunder__) in 1 / i if (3.14)):
        value: rb"it is".__class__ = F'''text'''().append(42 | j, *(x % j))
        x &= """tab\t"""()(i, i=j, **z) ** """"""
y = y = y.real
