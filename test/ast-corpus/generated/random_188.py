(1_000)[u"""a b c""", rb'''(x:>(w))''']['text'].value ** (not __dunder__) in ((__dunder__ if obj else 0) or (False[__dunder__](__dunder__))) == (0 + """text""" and total.append.x and café ** x and value + café) in (total.value[café::0b101 & b])
try:
  for (items, total) in (u"""text""" """(())"""(True(), y=x == b, **'é' & k).keys[result ** 0x1f]):
    ((not not """tab\t""") * total[not z:[ñ, '''(y=)''', n, False].real(count, *f"""{x:>{w}}""")])
  def k(*, c) -> __dunder__ if n else r'''(x)''':
    match None[:+value](*(0o7).append(0x1f), y=result().x(self, True)):
      case Point(int('s', -1, y=x), {None: -1}) if .5 or data or k or a:
        yield a(café=1e10 << 0b101)(count=(c, False), **(lambda d, e, *b, c, t: 42), k=Rb'text' - value)
      case [a.b]:
        pass
      case _:
        from ..m import (a, b as c)
    data, items = result(ñ ^ F"{y=}", i / rb'''\\''', **(n or 42 or 1e10 or ...))
  # comment
  match c(*x, .5, **2j) + k.get:
    case a.b:
      # type: ignore
      del obj, total
    case _: x = F"""tab\t"""
except* Exception as err: total = (not i) ^ F'é' - y
except* Exception:
  [count, result] = (2j)
finally:
  x = not r'😀'[:value][b"""(x:>(w))""", F"""\\""" '(a[0])']
match (n if """a b c""" else b) * (1e10):
  case []:
    from . import a
    a = "\n" f"{x!r}" u'😀'[y ** y](i and self, _=r'(())' * obj)
  case ([] | ((b'x') as p) | ((a.b) as p)):
    class Result:
      j >>= café[rb"""""":-rb'\\']
      import os.path as p
      n = n = (3.14 ** x) ** (not i)
    @j.y[value, """(x!r)""" r"""""" 'tab\t']
    @j(u'\\', items=F"text").get.__class__
    def café(a: 0o7 - _ = self, d: 1_000 ** Rb"""(x:>(w))""" = self - ñ, e: value not in n = not f'''{a[0]}'''):
      # TODO: x
      return
    value = not ((*"\\" r'100%', café, __dunder__, 2j)[total, z])
  case 2j:
    for items.x in [][total] or (lambda **a: value) or n * y or rb"(())".__class__:
      items, i, count = __dunder__
      z(*~..., x=count[self], total=+x) < True[:].items >> b(x, z, k=0)
    with None(not u"it is" f'{y=}'):
      (0 is 0o7) ** (0x1f & value) <= ~('(x!r)' >= z) > (lambda: value is obj)
      z = _  # trailing
      b += n((42).real, *self)
  case _:
    def self(a, t, s, **d):
      y: (yield from count)
@(0).real
def k(a: b == result <= F'😀' = total | 2j, p: '(x)' != obj < self not in value = (yield from y), b=(1e10)(*0o7, **data, j=count), *, s):
  if 'a b c' @ 1_000 > j | i is not (total is n) is y():
    café %= (0o7)(+items, *[f"😀", result, False, __dunder__, ].value["😀"], count=(1e10) < True); i = (yield)
    # TODO: x
    match (2j):
      case (({}) as q): (yield from (u'''(x)''' is not k > __dunder__) > (lambda: j) != ("""(a[0])""" for café in x if _) < obj().value.__class__)
      case 1:
        -(yield) ** (value * 10.)
      case _: global j
  elif (0x1f)[1_000 << b"(x:>(w))"].append:
    café = ~'''a b c'''.real; return 0b101 - 1_000 - (not __dunder__), (lambda: (1_000)) @ (x,)[:total:b'\\']
  elif {+u"(a[0])": self > F"a b c" is Rb":)" is u"""tab\t""" r'''(x)''' f"""\n"""}((total if z else ...), (lambda **p: 42), **~result)[z not in z::obj % self]:
    c = _.append(not z)(ñ=f"""{y=}""".x)
    if result or x or obj * b or {}[a::]:
      ñ, n = (2j if n else "a b c" u'''100%''' "") if self(obj, 1, data=_) else z.append(.5)
      y = (y ^ c) // (n is b"""100%""" b'''(x:>(w))''' is z is x)
      (3.14)().name.__class__ << {}(__dunder__, **"""100%""", total=(2j)) << (3.14)(k * F"""it is""")
    elif ((1)[-1_000]((1)[a][i](café=b, result=i), café @ 1e10, result=rb"a b c" - z).get):
      count
      x **= items.value.append  # trailing
  else:
    @_(*self, a="""(())""", **False)
    @r'''😀''' f'é' '''tab\t'''(*y, total, j).name
    def data(p, *t, s):
      assert (+(y @ 0b101)); lambda t, *, q, **d: ~3.14 is {a}[count] in 1 ^ _
	
    from . import a
    if (data if k else r"😀" F'''\n''') - False:
      nonlocal j
      yield {y.items.real: F'a b c'(n, b)[café:1e10:](*z, *y, n=self) for café in (items if r'é' else __dunder__) if (0b101)[obj:f"""{a[0]}"""][b, Rb""] for count, café in (yield a) if None ^ value if n and café and True and n}()
class Total(0x1f and u"text" u"""(x)""" and 3.14, ... | j): {(lambda: j), ñ and 3.14 and f'''''', {}(j, .5, **...)}[0x1f << rb""":)""":{}(x, k)[items].y] in ~(2j).y in (not (not self))
n = __dunder__[... / 1_000, ... and 1_000 and ... and None]
	
async def result(a: result ** c, s, *q: count ** ñ, **b):
	
  class Data((10.)[b][i:]):
    data: 'text'.append = café * count and True >> 10.
   
    obj = None()((0)(items, 0), **[__dunder__, "tab\t", z]())((+café), **(lambda p, a, e, *c: rb"text"))
  nonlocal data
  assert x({None async for (x, café) in _ if a if f'{x:>{w}}' f"é" for _ in x if 10. if c}.value, -0)
k[False * j] = False(self(j, u"""(x!r)""", value=total)(count=a)(), items=count or Rb"(x!r)" or r"""tab\t""").get()
c = result
