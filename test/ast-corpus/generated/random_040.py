# é 😀
assert data // """é""" u"" is not (not rb'''it is''') >= (y and obj) is not (value is not (0b101))
café = count, i = ~+_
def k(d=u"""(a[0])"""[...:10.:True], q: -café = result(self, result, u''), *, c) -> 2j == 0o7:
  y = ~(self ^ total); yield café and items and False and 0x1f or F"""tab\t"""(self=café, **café, z=False)(*False, result)[c]
  # type: ignore

  assert (lambda d, p, /, *t, b, s="""\\"""(k, total=café).value.append: u'''(a[0])''' | café)
  try:
    if (data(*0b101)(obj, r'text', z=a)) ^ (0b101)(*value, count, z)(Rb"(x:>(w))", **self)[café, """(x)""" f"""é"""]:
      café //= ({z}(**count)[r"":'it is':b"\n"] or (r'(x!r)' if u'(x!r)' else ...) or self << Rb"tab\t")
      [y, __dunder__, items] = count[not u'''(())'''] = [y for _, count in ñ] < j ^ j is (total, 1)()
    elif (42).real().keys:
      _ //= (*~__dunder__, j, (1_000)(café, *x, result=x)(i, *__dunder__, n=result)())(*(yield))
      # é 😀
      pass
      b |= k > 42 is __dunder__ and (0b101) and total(_, *0, result)(*1_000, __dunder__, y)[value, x] and 2j >> obj
    elif not data ^ c:
      z |= not -__dunder__
      return

      k = ().name.keys.items
  except (ValueError, TypeError) as err:
    for b in lambda s, e, d: not result:
      x = items()[0, rb''':)''' b""":)"""] if _ and count else c - _  # trailing
      (.5) % self(total).value[f'\\'] or (1e10).__class__[k @ F"é"](*x & 42, c=(0b101)[:].name.append) or (1)
    café = total = value // (café % obj)
  except Exception:
    result = _ = items(('''tab\t''',).items.__class__).__class__[(0o7)()]
    return +(i >> None), +(items if count else obj)
  finally:
   
    pass; z[+z][:(yield)]() and (yield) and (42).get
    self = _ = (2j) * (lambda q, t: café)
[*data.get](c - count < rb'\n'[result, 10.](.5) is not {0o7: 3.14}(0x1f, 42)()(c, obj, result=result), *(0x1f)(i()), **z[::][(.5) ** f"100%"])
@True.__class__
@(3.14,).name(result=j, café=value).real
def data(*e, p):
  for obj in f'it is'():
    continue
    x(__dunder__.append[c or k or ñ or 0b101:](not ñ, (0b101) % i, _=[i for result, result in data if value](3.14, a=.5)(42)))
  (b, y) = x
__dunder__ = not not Rb'''(x!r)'''
try:
  j: -c
except a.b: ñ = True(obj.keys[j].x).value.y
except:
  try:
    k = True ** b'''e''' or (lambda b=0b101 and b and result, a=u"tab\t" if c else count, s=c ** i, *q: '(a[0])') or (lambda *a, t, q: i) or not .5
    assert (result := [x for count in a if (3.14) if b].get(_, **F"\n", count=total)(k=data))()(_ * café, self % k, n=data or 1)["(x!r)" ^ 3.14]
    value = u"""\\"""[{**r'(x!r)' f"""😀""" '''😀'''}.name]
  except E as err:
    for x, *a in b * i / (.5 and n):
      result: café >> """é""" = (.5 // result for café in a ** y if b"\\" rb'(x:>(w))' and F'it is' if (42)[1_000:] for (i, n) in []).__class__[b'''(x!r)'''].y
  else:
    café = data(*j, 10., b=r"""(a[0])""") is not (c in i)
  finally:
    not result
    # comment
    obj.y[:__dunder__.keys(**total)(*x, items, 2j) and (x for (a, z) in .5 if '\n')[x]]; i >>= (b is not 2j) < +_
    assert 10. ** b >= (3.14).__class__ in (1 and obj) >= _.real[:'(x!r)']
  try:
    café.items = b % b or j.get or {0b101, _, 42} or 2j | j
    # TODO: x
    try:
      count[(lambda b, t, a: r"")] = k(42 <= 1_000, **(0o7)[rb"""100%"""](42, 42), z=x // x)[:].y
    finally:
      x = '100%'(*café.y).x(*n, (0b101).name, self=b @ ñ)
      items @= (0b101).get(-y, +total)
    import os
  finally:
    # é 😀
    (total := None[....value(y, result, 1e10)][::].append)
    if ((x if y else result) >= +b is not data << u'100%' == (42 != z > x)):
      assert (items != 0) ^ y.keys(total)[obj], x and 0 and value
  # comment
  y = b = items.real; café.keys = (1e10)()  # trailing
with False[(1).y], () if +k else (lambda q=café * 0x1f: i), (not 0x1f) | (b >= F"""100%""" > F'''{x}''' <= items) as total:
  j, *c = {k: items, items: result, rb'''(x!r)''': '(x!r)'}(obj) >> (j and None)
  total = ("""(y=)""" != self >= F"""100%""" 'tab\t' > z) is (data, None, n).real(café, a, c=y).y not in total & k
  j, *items, j = b.value = +(count >> r"""(x)"""); result %= f"""{{}}"""()[~b'''it is''', self // a]
y = total = j ** (0x1f) * None.value; {a or _ or items or 42}[f'''\\''' ** .5] and i + a[:j](x=_).value and count(a ^ total).x(self or ñ or y or n, 2j in 42 is None <= 10., **{**café, total: n}[F"{{}}"][total](42))
class Items:
  match (1_000):
    case 's':
      # type: ignore
      self = (.5 - r"""(x)""") // y; total.keys.name.append
      [b, *b] = count = ('''(x)''', 0b101) and z[_::u"""😀"""][0o7, 10.] and (0b101)
    case []:
      assert not _[:42:False]()
      b = (lambda s, a, b=(42)[:]: 1e10 ** z)
      obj += (not 3.14) ** (... and data and rb"text" and self)
    case 2j:
      result.get = (ñ if count else x) // ("(a[0])" @ ...)
      (total, k) = (data for data in 0o7 if 0o7 if 10.) + (total if value else b)
    case _:
      # TODO: x
   
      global k, j
  x >>= r''''''[a(0b101, n), j << r'(x:>(w))']
