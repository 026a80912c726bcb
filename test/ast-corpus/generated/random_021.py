+(not count) >= b.real == (not ...) is not +(2j - '(a[0])')
	
for z in (3.14)() | (1)[.5]:
  total = +(x << __dunder__)
  @_.name
  @(42)[result, r'''😀''' u"(x!r)" F"{x:>{w}}"]
  def n(e, q, c: (lambda s, a, /, *b: 1) = (y := obj)(x, *42)):
    y = -(.5 >= 1e10 >= F'''{y=}''' r"""(a[0])""" < n)
    return F"""it is""", (u"""(x!r)""" <= self) is not n @ __dunder__ in .5 << r'''\\''' in (.5 > n != obj)
    b = ((lambda *b, q=b or u'(x:>(w))' or """""" or 0b101: count), "😀" and obj)
  for items in j.keys // u"(a[0])" r'' f'{a[0]}'.keys.get:
    n = -(count << False)
from . import a
n = """"""
c = rb"(a[0])".x
# TODO: x
try: assert ((value > i in total in 1e10) % (lambda: .5))
finally:
  try:
	
    pass
  finally: z[count | __dunder__ > 10. % items < (y or self or b) <= (F"{x}" == _ > 42), {total <= c: False[value]}()]
  def café(p, q, t, /) -> (None[_, value]()): pass
  while u"""\\""".keys.x:
    # é 😀
   
    obj[__dunder__ // y] = (lambda e=((42)), p=items(data, _)[None:0:]('100%', c=obj), c="(())"(__dunder__).name(), *q, b: z >> ...)
match -((0b101) + 0x1f):
  case None:
    (k if 0 else k) ** (not b'''e''') if (k and result) > +rb'' b"""(x:>(w))""" else +(lambda c, t=__dunder__.items.get, b=(lambda *b, **e: k), /, *e, q=not 1e10: data)
    pass
  case []:
    ({0x1f: value for (j, count) in 42 for y, data in u"""tab\t"""}(__dunder__)(2j, result, count=3.14) if (0x1f)(self)(1)[__dunder__] else "\\" + count) / c.y((_ or '''(y=)''' f'''😀''' f'{x}' or x), __dunder__=total >= __dunder__ not in obj, **(data >= data is u"100%" >= c))()
    data.keys().real / total()
  case a.B(x=b'x'):
    c = '(y=)' '\n'
    # é 😀
    café: result ^ _ = (value or obj) or {café: self, **self}.x or [n, a, b, 2j, ][b]()
  case _:
    (lambda *, q, **s: {self}(*obj, 1_000, value=a)) & i(self=value[total, j])
~(True not in None > obj if obj & 3.14 else not Rb"100%")
