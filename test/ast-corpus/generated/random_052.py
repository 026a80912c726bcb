while obj / (lambda *e, c=data.name: Rb'''(x:>(w))'''): break
with c & [](*z, y, a=f"it is")(): self = (obj - a) // i()
while (not ...) - count.append:
    y: b ** u'''(x)'''
    pass; continue
    result >> True().name
else:
    b >>= .5 % n or (lambda p, a, b, *t, e=obj[data, r'\n']: 1e10) or not obj
x[{} ^ result(c, value)("""(x:>(w))""", b'''(y=)''')]  # trailing
data >>= n.get(n and _ and .5 and result, -"é" u'''(x:>(w))''', *n[1](result, ...)[café])[(z.real)]
(2j ^ 0o7,) ** ((1e10)[z:] & self >> __dunder__)
# type: ignore
with (3.14)[x](*z, *1_000, **1) in 42 & 3.14, {__dunder__: f'\\' f'text'}[self, 2j].y.items + result @ 0o7 as self, (z @ n, '''é''' | True, n != z > 10., total * z)(n=0b101 and obj and n and n, data=self["(a[0])" """(x)""" u"""(x!r)""":Rb'''tab\t''']())():
    ñ = (1_000)[:ñ:café] > data / z > (b"e" if a else data) <= None
    y, z, i = ~_ >> count // __dunder__
with (count.name[42 and Rb'(x:>(w))' and f'''100%''']):
    obj: café = j[.5 @ count]
for items.keys in (0b101)(True ** 3.14).items:
    __dunder__ = c = (y | 3.14) & '''😀'''(z=x)[:...]  # trailing
