# comment
with z[0x1f + False] as count, ~(__dunder__ is not 10. <= u'''(y=)''') as __dunder__.__class__, {f"it is"}(i)(None, café, total).get ** (0)[ñ].keys(n):
   
 ñ = F'''it is''' % y / (total >> k)
 # é 😀
 c: b':)'
 assert (1)(.5, j) not in (y or "(x!r)" or k)
for obj[(10.).value[1e10].real] in (0o7)((10.), **(F'{{}}' F"""{a[0]}""" f'100%' or z or café or 3.14))().append:
 pass; import a, b.c
try:
 _ **= __dunder__ or i >> value or not b
 _ = __dunder__((café := result).keys.__class__[x]).append
except (ValueError, TypeError):
 try:
  (lambda p, d=j[2j][:z:r'text' '(y=)'].append, *t, c=f'100%' if Rb'''(x!r)''' else False, s=ñ[:10.].items(*.5, c, self): (3.14) % (n | 1))
 except E:
  k = (café - F"""\n""" f"😀") % "it is"[obj::0][n, y][:self:0o7]
  y = _()
 except a.b:
  not (42)(0o7 or 1e10 or a, result=not _)
  self = ((b - 42), not ñ, '''\\'''.x.y[:i:True]).__class__[a].keys
  {}[:(not z) ** (.5 if items else value):((2j) for k in (1_000)(j=1_000)[total:total:3.14])(result=ñ in a)]
 else:
  assert (b[items][k],)().get.value; k = items * 0x1f and count is not c >= """tab\t""" and -0 and total - 2j
  assert False or total if (1)(total, "\\", u"\n")()(data, **i, **c) else data * ñ, z.value(r"""(x)""", **Rb'''(x!r)''', **10.).get
except E:
 import os.path as p
 # comment
 for ñ in (0x1f)[{0o7: value}(*ñ)()][(0)(1, **n)()(ñ, items), (.5)[self:0b101].x(2j, total, x=self)]:
  total = (n, i @ a, value, True(café)(**total)(b, i=items)).x
 c <<= (café := n or b'a b c')
try:
 import os.path as p
 for y.x in obj(*f'tab\t' & j):
  result = True((2j), items | value, (lambda c, b: y)); j /= Rb'(a[0])'(*(10., c, u'it is', '''é''').real, __dunder__[Rb"""(a[0])""", 0b101])
  _.append
  del total[(a := 0b101)]
 café = (result := (n * j))()(items=x or result or x or i)
except (ValueError, TypeError) as err:
 total = n.keys

count = (not (0o7 ** a))
