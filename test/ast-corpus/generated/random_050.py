i @= 0b101 // b if self >> value else (obj ** Rb'\n')
if (rb"(a[0])"[obj](*z, a=self)['', z]) ^ (None in 1e10):
 total *= (~b) ** (lambda: """(a[0])"""); z: (1)(u"""""", total, j=z)()
 @obj
 def count(*s, t):
  x = yield; (z, k, total) = value.y('é', 10., **data)[items] ** (lambda t, q, c, *b, a=(lambda p, b=~1e10: café), **e: items)
 y.get((not _) ** (not x), k ** (0) & {obj}(b, 0x1f, 1), total=False.real)((not __dunder__) % {}[0b101::j]()(*c, n, items=42), (lambda b, s=result - i: 2j) if items and u"""(x)""" else ('\\'.append.y()), None or x or .5 if (total or rb"""it is""") else b"""a b c""" b""":)""" Rb"""a b c""")
else:
 for z in c[(3.14)[i, b], ("""(())""" << data)](*(not .5), *1_000 / 3.14, items is 1_000 > 1).x:
  a @= +(items or result or Rb'''100%''' rb'text' b'(x:>(w))' or result)
 else:
  n = _ = {10. % a: (1e10)[_], 42 | result: x @ a, "(x:>(w))" ** 0x1f: total and k and 1}(k * ñ, True + ..., **1e10 // rb"100%")({result, a}.real[.5].append, Rb"""it is""" != n == u"""a b c""" < True, café=count & _); x.value = y = (42)(c, a)(k, result, y=ñ) not in (not 0) >= a[items][u"(x)":] >= {n, 1e10}
 '\\'.real.append
y = c or x << 1_000 or (1)(z=count)() or (x or 1); ñ = (value for café in ñ for café in total if u'''a b c''')(k="""tab\t""") ** [z, c, ...](__dunder__, x, items=True)('''''')[::Rb"it is"]
[count, a, n] = x[n()] = café.items.x
pass
z = F'''it is''' r'''a b c''' r"""(())""" // 2j | self(z, 1e10, j)
result = (y := (f'tab\t' '\n', 0).x[u'(x:>(w))'])()
# TODO: x
[ñ, b] = _((café, self, items).keys, (1e10)[y], .5 > i)
