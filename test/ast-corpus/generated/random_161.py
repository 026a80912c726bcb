total: {_: y for y, value in ñ for i, a in count} = (1_000)()["""(())"""()[z]:'😀'():][café.items]
for x[{1e10}[café]] in not data:
 a = ñ
# type: ignore
count.keys = self = ~(not x)
try:
 Rb"100%"(42 // total is 2j | 10. != i < (b'''e''' if z else 10.), (42 in u'tab\t') - (result >> self), not (0o7).get)
finally:
 result or café()[0b101 ** 1e10, data >= i == b]
 (lambda t, s=+10., /: +i) if --z else [a, (0b101), data, Rb'''it is'''] + b ** 0x1f
   
 obj = y ** """(y=)""" | (not .5)
data = x.x = (c[x / y, rb'e'.items])
self["""a b c""" @ i] = k(__dunder__ < café == b not in self, {2j, b, data}(j), **(not i)).items
if (1_000)[10.:self:][y][i] ** ñ(b, total):
 global items
 b: (0x1f).y = i[not Rb"""tab\t"""]
 x.keys = i(not a, (False for __dunder__, _ in y for z in 0x1f))
elif (r"it is" and b and __dunder__) ** (1):
 ñ: 'é'(1_000, items)("""(())""", n, **items)(Rb''':)''', c=Rb"""(x!r)""") = (.5)[{self for x in y for a, k in count if 0x1f}.keys, ()]
else:
 global items
if (1e10)(x ** total, total or b or False or 1_000, i=0x1f and value and "(x:>(w))" f"{{}}" and obj):
 result = 42 <= 2j if (lambda t, e=F"""tab\t"""[z], c=True, *d, s=f''(*self, 3.14, self=café), p, **b: k) else _ & c
elif True[b].value.real > (not z) != c(b'\n', count, café=result)(b"(y=)" rb"", total=3.14).keys is (lambda b=b"""\\"""[ñ], a=(3.14)[_].y[True], p=b'tab\t'(*Rb"""\\""" Rb"tab\t" Rb'a b c').real[:_], /: items):
 count = [f'text'(*None, ñ=None).name(), [café, items](False, 42)(42, ñ=_), 2j % b, obj.x.name]()(self=-0b101).append; total = ("(x!r)" u"😀" f'{{}}' ** 1_000 for data, items in (n := 1)[:result:count][a, café] if F'{x!r}' @ obj if (lambda: ñ))[:~total]
 pass
 value <<= (.5 < total == 1e10) << -F'{x:>{w}}' """😀""" f"""text"""
else:
 # comment
 (lambda q: x) and rb'\\'[result].get and x * 42 or (2j >= x in k <= .5) ** ~result or ~(lambda **b: a)
