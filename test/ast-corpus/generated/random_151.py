@(1_000)[0b101:0x1f:]()(items, True)
async def count(*, d: j[2j], **c: 2j | z):
 (0x1f).__class__ - ((rb'\n' + _) or (0b101)(r'é', (42)))
class Items():
 with items() >> (n << y), (3.14 or ... or 1e10, not y, obj >> 42)[b ** u'100%'](ñ ** 10., (0o7)((10.), **obj, a=self)(**items), (x := 10.)):
  if (F"\n" < f'tab\t' is not 42) - (not 3.14):
   # type: ignore
   i = (1e10)[obj > j][:]
   total(+(café - n), (.5)(~z), *j()(*ñ(x, 2j, z=_)[0x1f], *(lambda e, /, *p, a: count), **value ** True))[(result := +.5)]
  y = y.real
  z[::total[1 ^ k]()](self=(... if u"é" F'' else total) not in (0b101)()() < False.y)[(42 and z and c and 1) - data % items::[... * False, ñ % obj](count + value, (.5), __dunder__ if count else r"(a[0])")]
   
 while '''tab\t''' F"{y=}" f"text"[_.name.x[:__dunder__:self]]:
  k = '''a b c'''[count::k] + f"""😀""" u"""(y=)""" @ obj
  ñ = a[:]  # trailing
with b"""a b c"""()[(2j).real].real as (x, j, c):
 from . import a
# TODO: x
async def j(c: (lambda t, q, *d, b, **e: f'''\n''') = (yield from items), q: a(*a, result=c) = j[::]().__class__, t=[_, a, total].__class__[ñ::j], *p):
 # type: ignore
 for total in [z]('it is')(**self) not in """(())""":
  obj = (1_000).get.append
  for y in (+0x1f) and (lambda *t, **p: 0x1f) and 1_000 & value and 0x1f // 1e10:
   return (0)((lambda d=not ñ, a=+result, s={.5 async for (total, __dunder__) in False}, *c, e, t=(+k): k), not self, **café >> n)[:Rb"100%"(result).y(*r"it is")], j[not '''tab\t''' '''😀''']
 total = (lambda e, /: (0b101).__class__)
 class K(+k):
  result: (0x1f)(42, x=z, i=2j).items = (lambda c=a << self, a=(lambda t=None.name[n], q=+obj, d=self[Rb"(x!r)", k], /: total), **t: c(n, items))
  with [], ...['''(())''':n:0x1f].x ^ .5 << 0 as total, (0o7)(**_, **1) not in _ ** items is not ("""😀""" or r"""(y=)""") as obj:
   (1e10).get
  (b := +(items & i))()
try:
 @(0)(self)()
 @False()
 def count(e, p, *, s): yield not 10. and ñ & F'''é'''
 if j("(x!r)".get[:])(*z ^ ñ, 2j ** ñ, **(b if 42 else café)):
  c, total = ~42 if (True()("""(x)""").name) else (lambda *c, t=+f"""{{}}""", p: '''\n'''); k = (lambda: 3.14 ** True)
 elif (count or j or y or 0o7) not in a ^ 0b101 in c + Rb"""(())""" <= data:
  k >>= (1)((j - data))
   
 def value(*t: not total, **d: (10.)): b[(1_000)] = obj = (0)[items[42]:n(i, b=None, **c)]
finally:
 z &= (lambda e, *p, a=k(*n, **0b101), d=(lambda e: x): 0x1f) or not ñ or f'it is' ** count
 [y, ñ] = café = x // __dunder__ if (0b101).value else (lambda c, e, *, a, **b: 1)
# TODO: x
for z.__class__ in 1 + 42 and not a: i = (ñ and 1e10) >> (42 if 0b101 else self)
if ...[b[b'tab\t']]: ñ(__dunder__ ** i if café and items else (lambda c, d=self[café](data=z), **a: x), (42)[r'''it is'''[__dunder__].keys:(lambda *p, t: j)])(*(1e10)[1e10 / y][(3.14):1 ** False], (lambda d: 0b101 / café))(café.x, **(.5)[-x, ()(y, '''\\''')].items, ñ=~n >> (ñ >> k))
raise (lambda c, t, /, *b, e=(3.14)(value=c).keys(): a) from "\n" or False or ''
c.real = (lambda e=café if count else F'''a b c''', c=None.value[...:1e10:], b=(a,)()(n, self)(), *t: _ & None)
