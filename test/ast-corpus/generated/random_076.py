c = (1_000)[::0b101][café].y - (count - y); i = r'100%' + 0x1f << (.5)  # trailing
k = {}(1_000, ñ, k=0o7) << (not 10.)
if (2j).get:
  pass; raise +1e10 from 0 ** 3.14
  raise
match total:
  case Point(((b'x') as q), Point(True)):
    while (0o7 is not data in 0b101 in count) ** (1e10): raise
  case {}:
    y = items
    y -= b - b'\\' << count.keys(*data, b, count=3.14).real
    assert (value.y.x[total] for __dunder__ in café - 0o7 for __dunder__, b in -Rb'''(())''')(*(café == rb"""(())"""), [](_=k))((10.), {}(*b, *n, **0)[:k], {}).x
  case _:
    a() | (0b101)[rb'tab\t' or x or "100%" "(y=)" F"{a[0]}" or F'''text''', (.5)(0b101, 42, **ñ)[::a].name]
    result = café[c.append, not '''(y=)''' '''it is''']
@{b: f'''\n''' r"é" F'''{x:>{w}}'''}(items, **count, **data)()
async def a(d, p=(3.14), *c, t: not ñ=(lambda d, *b, p: 10.), a, **b): value: {}(count, z, **...) = not (2j)()()
b = _ = +__dunder__
