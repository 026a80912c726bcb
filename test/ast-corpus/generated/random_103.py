(None.y if j or ... or 2j else ~3.14) - (0o7).real
ñ: [True, 1_000].name(count)[self] = (0b101).get.keys
with y:
 try:
  data.name = (0x1f)(i, rb'''(x:>(w))''' rb"\\", self=a) or f"it is" ** "100%" u'text' r'''text'''
  j: 0x1f if 'it is' else total = (n, total, rb"""(x:>(w))""", x) / (1_000)[_][result, count]
 except:
  match (not ...) >= rb"""(x)""" >> 0x1f:
   case []: items = a.get
   case Point([], y=('s' | 's' | [])):
    assert (1).items((.5).__class__, **j[c, self], z='text' < 1), c is not u'(x:>(w))' > True
   case Point():
    total = (not u'''(a[0])''') & café()(_, n=_)[1_000]
   case _: [a, result, _] = [](y=not Rb"(x!r)")

  try: value = _()
  except a.b as err:
   del total, i, total
   not (lambda: lambda t, q=value.name, c=1e10 | __dunder__, *e, s=b"(x)" or rb"(x!r)" or u'''😀''' f"é" u"""\n""" or b'(())' b'''it is''' rb"a b c": j)
   obj >>= (j and 0 and count) ** (lambda c, a, *e, **s: 0)
 finally:
  def value():
   x = (0o7); count.real = +(u"""(x)""" / b'''text''')
   z >>= ((yield),).__class__
   # type: ignore
   i: (0x1f, b, 1, Rb"(a[0])")[y:i][::self].__class__ = (lambda c, q=(not total), p=_ if 0b101 else k, **a: not ñ)
 n = +(lambda a, p: __dunder__)
 data = total = ~(0b101)[True::][1e10]
