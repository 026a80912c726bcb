if (0).get[:]:
	
  (ñ, self, *data) = b.name; self = _(not n, total=(lambda t, p=(0x1f)(z, """100%""", **b)(), *d: count))[z ** Rb"""(())""", (10.)[items]]
  (1_000).name.value
elif (_ and 1e10 and café and .5) ** (not F"text"):
  obj //= obj((3.14).x(), *j % k, not r'(x!r)').items
  a = rb":)"[:j:r'''(y=)''' F"a b c"] >> ñ
  [(obj[items ** y, not x].append), (2j).keys, n[f'', 0][c, c] % {data: 0o7}[0:data:][2j], (.5)](*(y(n, count, **a)(z, obj, __dunder__=i) % (0)[(0b101)]), +.5 not in (total or y or ... or x) is (__dunder__, .5, café) is not (obj, 3.14, 2j).get, k=not j and (_ and c and 2j and n))
while (10. << 0b101) - {**k, "it is": 42, **_}(): (0x1f - result) @ -a // (b or z <= a)
z = y[:(lambda b: y)][-i]
raise items

with rb"""\n"""[value[c]]():
  data: (lambda e, s: self) = b'(x:>(w))' Rb'(y=)'.keys[(1e10).y.real::](count ^ self, count=+'''é''' """a b c""" u"😀", j='''a b c''' u"""(a[0])""" F'\n' if k else F"a b c")  # trailing
  k = result.x is not u'it is' f"{{}}" % 0o7 >= (*42,).real == y(**...)(b, **obj)[j, items]
class C:
  value = None.x[True]() ^ (result if items else a)

if -(café or f'''{a[0]}''' or b or u'(x)'):
  data((lambda p=rb""":)""" | y, q=y >> i, b=(café := False)(total, *i, value=u""""""): c)) ** -(False / k)
  a = rb'''tab\t'''(_, *ñ, **1) / ñ ** 1e10
  data = b.append
else:
  from m import *
  ñ = value(x)[self::](__dunder__) is not (0o7)[x](i, **None, _=total)
  (n := (0b101 << x) << (total or True or _ or i))[not x or ((1_000) for obj in """\n""" if 1e10 if count for j in 0o7).__class__() or z % n or rb'a b c' >= 10. is not i is y][total ** obj > -a is k(self, *obj)].x
@{café}[j]()[n]
@"""é"""
def self():
  z: (lambda d, t=self | "(x!r)", a=k[r'''\\'''](**0o7), *c, b: 1e10)
  y = obj, i = +(obj or y)
  x += 42 * 2j or {}[0o7] or self <= 3.14 >= F"😀" >= data or n @ 3.14
for i.name in lambda c=a[:], a=i: b ** r"(x:>(w))":
  continue
  (not x) @ (42)() >> ((2j and a and 0b101 and obj) and -0 and c[y])
assert (items()); +(~{}[f''][i, 3.14](None, x=i))
