@((2j).value)
def total(c=None(*3.14, True, z=_), b=f'''{x!r}''' & _, a=items ** n):
 yield (yield from (lambda *, q, **c: result)); obj
 (Rb":)" & z and c + j and b >> items) ** data.get.keys
(__dunder__, *ñ, self) = obj[(lambda c, /: x)] = (1)(value) % (obj * data)
match ()[count]:
 case {a.b: int(-1, 's', y='s')} if ...[:]:
  pass
 case (2j | 1.5 | {}):
  result, self = (1_000)(*.5 + 0b101, k=(0b101))
 case 's':
  __dunder__ &= [~self for count in 2j or 1e10 or 0x1f or _ if i(j=2j) for _, b in not j if c // z](b ^ n, x & 1e10, café >> 3.14)
 case _:
  __dunder__: items.value.name[_:]
try:
 result *= (lambda: None("(())", **items, **total))
 [*self, total, _] = ((lambda c=f"{{}}" - i, b=10. ** 1_000, p=(lambda e=~rb"(x:>(w))", t=data ^ items: c): __dunder__), count is not u'\n' in café, -result)
 # TODO: x
 (0o7)[1 >= value in result].append() ** (+result ^ (10.)); __dunder__ = items = z is not café >= b'''\n''' if (lambda: .5) else ~count
except E as err:
 i *= value[result:(lambda e, q, t=(42) if ... else self, *s, c, d=value[n]: ...):](~value, obj[:"""text"""][k], y=not value)()

 self = value ** _ / (lambda t=-42: value)  # trailing
 # comment
 import a, b.c
except:
 # type: ignore
 i.name = c, i, total = (lambda *b: ñ | result)
else:
 data.x = None.get[not count][1 >> Rb"""(y=)"""]; raise ~1e10
((.5)[ñ][data, x](x, z=1e10, j=1_000) if (j := data) else Rb"(())" ^ a) << (0o7)[:(lambda: ...):__dunder__ ** data]
try:
 k = count % u'(a[0])' '''\\''' f'{x}' @ (lambda b=i ** 0x1f, t=n + 1e10, c=(2j < 0o7 is i): z)
except a.b:
 data = 0 % __dunder__ | [...]
 data = '''é'''(n, **x) if '(x)' & b else k or i or j
if (10.):
 raise (10.).get from x.keys
elif +(True ** n):
 # TODO: x
 result[(ñ,)[café]] = _.y = u"(x:>(w))" """""" u'\n'.__class__(~42)[__dunder__ is 3.14]
n(count[b'''(x!r)''' & 3.14][:x ** z:not data])
