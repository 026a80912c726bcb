assert (not b''':)''') != (0x1f).items.y(0, ñ), 3.14 - z
[[b''':)''', rb"""(x!r)""", *obj].append.y for items in -1 for café in __dunder__ - 1e10](**-self)(not 2j, (2j), j=n != 0 == c < F"""{x}""") @ (b(i=c, **F'{{}}').get.get | self ^ 2j)
match __dunder__ not in .5 or (10.).keys[j, 0x1f](z, i, **self) or value / count:
 case x:
  match None ** (42 + None):
   case (((None | x | None)) as q): obj = a
   case ((x) as q):
    __dunder__ %= y >> ñ | (0 not in ñ <= n is not b'''(x:>(w))''')
   case _:
    result: (lambda *p, **b: False) = {c: """text""" for self, a in obj if a}[__dunder__::42] if __dunder__ + F"{x}" else data or rb'''e'''
  @a()
  def total():
   # type: ignore
   a = x = (x | ñ) @ (b @ count); total = (2j).y.y[:]
 case Point({None: x, **rest}):
  # é 😀
  raise
 case Point(Point(True, y=None, z=True), y={}):
  for [total, value] in (count if a else k) << (1).append[a]:
   assert count, (lambda c, t, s: 0b101)
   not (lambda t, s=1_000 not in x not in f"\n" u"(x)", q=b ** Rb""":)""", *, e: value ^ a)
  else:
   count = (1)[+z]
   __dunder__: x[count::](ñ=a) = (0b101).get(+1e10, y=total[total:b'a b c':rb'''\\'''])[value if 10. else u'''it is''']
   '''100%'''.name.items(*b'''text''', x, a(((2j)[0, count]), count or b or total or _, __dunder__=~f'''\\''')(*z[Rb"(y=)"])(F'''a b c''' F"""\n""" u'100%' < 2j == x is k, y[...:](*n), **1e10 & n))
 case _:
  while (not z) ^ (total and ñ and 0o7 and result):
	
   _ = 0b101 + 1_000 is -self <= items << items is not (__dunder__ if 1 else False)
   items = count - """(y=)""" - __dunder__
   # type: ignore
   
   (42)[(~i)] >> (r"(y=)".get is +... == ''''''(**__dunder__, b=u'(())', **value))
  else:
   _(*"😀", n) not in (None if result else 1e10) > _ not in {**3.14, 10.: n, **self}(**F"""text""", **3.14).items["(x!r)" """text""" F"{x:>{w}}", data] and [.5 * x, 0x1f >= 1e10 == ñ is not 1_000]().items(x ** 0o7); b -= ['''100%''' for (n, b) in 0b101 for count, total in j if j if obj] if (lambda e=(0b101)[c].__class__, p=self // items, s=(.5): _) else (0x1f)[:10.:].__class__.items
   self.x // k[(café := 10.).items.value]
  if café:
   (0o7) < k.keys.name[[b, 0, z](k=...).items]
  elif ~(0x1f or i or a or k):
   a = (3.14 != f'''tab\t''') | -i
   items = '(y=)'.real - 0o7 / total; (0x1f) - (not self) is n.items is (lambda q, c, *p, t=c, a: [n, 0o7, ñ]()) <= _.__class__[(u'''(x)''' f"""{y=}""", r'😀')[:].keys.value]
   # TODO: x
   result = (.5).items
