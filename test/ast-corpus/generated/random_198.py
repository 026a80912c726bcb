while (.5).keys:
  value = j
  if (z is not data) == -0o7:
    value = True[1e10 & """(a[0])"""]().keys
class Value(i(..., x, **value)): +items(~1e10)
i = ({a or total or b or c, self ^ Rb'(x:>(w))'}(None.name, self=(42)())[:rb""":)""".items.__class__[:items:]]([z, c, ].value, (0)[self, n]()[:]))
try:
  while +(lambda p=a | 0o7, e=False, *, t, **b: c):
    from ..m import (a, b as c)
    a = True >> x ^ __dunder__.__class__["(a[0])"].keys
   
    ñ = (count if count else b) not in u'''a b c'''(**1_000, **n)("(y=)" F'''é''', z).real == (obj or None or rb'''(x:>(w))''' rb"\\" Rb'(y=)') < {}.name(*b'(x)', café, *items)[::u'''(x!r)''']
  else: b = {[0o7][value, rb'''\\'''](c, total, y).x, y - total, __dunder__ & 2j}((u"""(x:>(w))"""(None, x, y=Rb"tab\t")), *"""text""" ** self)
  if (0x1f and obj and 0b101) and +items and k.append:
    (i(False(*b, x=total, a=42) in (data := i)[...]))
    n.keys = (c, *count) = (3.14).append
  elif ~(b / 0x1f):
    (y(False, items=data)(f"{a[0]}") and """(a[0])""" <= obj is not True and not café and (None if 0x1f else self)) << (not i) ** False ** _
except E:
  result.items = [[rb'''it is''' for (obj, count) in k if None if .5 for total, i in b'''100%''' if 1_000].append]
if (lambda: {}[x:0x1f:]):
  obj //= not u"(x:>(w))" f"""é""" F'''text'''[a, ñ]
  try:
    @(k, ñ, n)[n]
    @(1)
    def total():
      raise 0b101 != y > data == z from café is 10.
      yield j is not c >= x and (0b101)[value:][c, x] and (items := 3.14)(*b'\n', i=_, k=__dunder__).value[0o7] and not True; value += (not x) @ (rb"(x)" ^ _)
	
    n = -(not 42)
  except E as err:

    café ^= 'text' u"100%"(rb'e'()(*x, total="""(a[0])""", __dunder__=1e10).append, items=...()[x, z].__class__)[(42)(.5), j]
    try: z = r'''a b c'''(*u'''(())''' "\\" u'''tab\t''' & x, ~n, y=(10.).x.name.__class__)[k / ñ]
    except:
      (_ := (lambda c: [None, café, __dunder__](result).get))(count @ k or data(*data) or (2j)(k, count, __dunder__=c) or {obj: b for i in x if data}(_))(*{0o7 @ total: (Rb'\n'(j=1_000)), j: y if y else obj}, False); k = z.keys ** (.5 if 0o7 else n)
      obj -= rb"(x)" << 1_000 or obj ** 1
      count
  except E as err:
    for count in 1 ** """""" or ñ - a:
   
      b = not z
      value: (0o7)(__dunder__, **"(())", y=k)(10., items=n)
    else:
      café = (3.14)[c >> 0]
      total = b = (.5)[k if ñ else b'''(())''' Rb'(a[0])' Rb'\\'].append(~obj, **.5 ^ rb"""it is""")
    {True[value].real[obj] is obj | r'a b c' is n + j: not 10. < j == ñ > items for (y, n) in (lambda **a: 2j - c) for n in 0b101 ** None ^ (r'é' is not obj)}; (1).real
  finally:
    import a, b.c
    n = c - 0b101 or value(3.14, ñ=3.14, **value)(data=False).y or result.__class__ or (items := .5); x((lambda: -result))
    # type: ignore
    café = b(*b % F"""100%""", j ** i)[i and 42 and café].__class__
elif b"""a b c"""[_ if f'''{y=}''' else 2j](**(1e10 or obj or 3.14 or 0o7)):
  (0x1f)
elif k.name(ñ={}.keys)((1_000)[::count], [][_].__class__(y, F"\n", data=data), total < j is not total >= .5): j() / ((2j) / "tab\t")
else: b = i[3.14 ** 0x1f] = k.__class__
if (0).items:
  assert ñ / (2j)(i, **result, **0x1f); i.real = +(a := 0x1f)()
  with True[True, rb"100%"][_, __dunder__](42, None) == data << items is not (_ if c else b) as __dunder__, items[café.real]()(items=~i, items=a ** u'''a b c'''), [3.14, _, n][items] - (c in obj is value):
	
    self = ''[c(items), b or café or 42].x

    total = café = ({}.name.keys(data, items) for (value, y) in False ** c if count or n or i or y if 42 ** 3.14).__class__
  n.x = [(not i) for result in z & ñ if 10. ** 1e10 if (10. - items)].append[j].keys
elif {None < count == u'\n' for (result, i) in rb'''tab\t'''().keys() if y <= False if not ñ for k, c in {_, 1_000}(total, _, k=b"""e""").real}.items:
  match (0)[True ** z]:
    case {'k': a.B(x=b'x', y={}), None: {'k': x}}:
      n = ({ñ - _, (lambda e=ñ and """100%""" """(x!r)""" u"(x:>(w))" and b, t=1_000 == __dunder__ is _ == 0x1f, d=[j, value]: i), "(())"[0o7]}(Rb"""text"""[k], j @ b"e")[not n, y if a else x]("""100%""" | b))
      items <<= ñ.name; __dunder__((c := """tab\t"""[obj, a])[r'''a b c''' '''it is''' """tab\t"""[items, 10.](42, _, c=count), ñ()(a, *k).append](not F"""{{}}""", Rb'''(a[0])'''[x::].append[value], value / F'''text'''), k='''é''', data=(1)(obj, a, count) >= (total if f'''{y=}''' else value)).__class__
      result ^= ~count(*__dunder__)(j, 3.14, *0)()  # trailing
    case _:
      obj = (obj((lambda a: u'''tab\t''')))
      Rb'it is'.real()
      _ = ~1e10 if k(result=items, **42)[ñ:0]() else (y and 42 and obj)

  @[42 for (k, __dunder__) in 1e10 if f"it is" u"(y=)" if 0o7 for (value, z) in r"(x)" '100%' '''\\'''][3.14][:j](r'''é''', *_, café=Rb''':)''')
  @(result := café).items
  async def data(a):
    try:
      café = (1_000)
    except E:
      (ñ < r'(x)' is not café == rb'tab\t' if f'''a b c''' / _ else await "(x:>(w))" """(a[0])""" '100%') ^ ~i @ self
    # é 😀
    k = k.x
    if (obj == data in x) @ result ** True:
      i.__class__ = c = ...[:r'\\'[True:a:][ñ]:].__class__
      ((False ^ data) & False(**rb'''it is''')(__dunder__)) + count.get
    else:
      import os
elif ('''a b c''' u"""(x:>(w))""" f'''\n''' or b or F"{x}" or y) // data(10., result, F'''''')(result, y=0):
  F'' '''😀''' r'\n'(*((3.14)), *3.14 ** obj)[{n: z, 1e10: 0}.keys][(None <= 1_000), count ** b] != (-True or total(self, *y, **'text')(result, *.5) or data or z ** 0)
  while (42):
    if _.x[{i: value for a, j in y for self in _}:]:
      ñ **= {obj: '''100%'''} if +__dunder__ else (2j) // rb'(())'
      x = [n](value, obj=b) if __dunder__ is not j <= 1e10 is 0 else total >> items
      ([{'''''': j, 42: ñ}(k, y).value(a, z, _=total) or ñ ^ self or not result or (.5)(z, r'', **rb"""\n""").x.name for result, items in F'''it is''' u"a b c" u"it is"()(a and self and (0x1f), i >> value).x for _ in rb'(y=)'((lambda *, b: items), k.name(**f'''text'''), c - i) if {}].name(*(not (10.)()), (0x1f > (0) in Rb"(x!r)", count in value not in n > """(x!r)""", not i)[True if 0x1f else 0:not 0b101:total[a:2j:ñ]], count=()().y)(*(not data) ** +count, {result: value for i, c in café}[items] if i == items else obj(None), c=(not result ** b)))
    elif -2j - j[n:1e10](3.14, _, Rb"""\n""" Rb'\n' rb'(x:>(w))'):
      self *= x(z=1) or self(x, j=café) or x ** 0o7 or __dunder__ ** i
    def n(t: x().__class__[0x1f], p, *, q):
      del data
  else:
    _[(0o7)] = __dunder__, *i, obj = café[:][u"é":z:_] if not result else '\n' != 1 not in items
    z = ()
    result["tab\t" if 1e10 else z] = {} ** (data[:"tab\t"](__dunder__, a=3.14, **r"a b c")())
	
  with result + c or (0b101)(True, value=True):
    class Café((3.14)(), count.x(b"(x!r)", total, café=0o7), metaclass=z):
      (0o7).__class__[(0x1f)()()]((lambda: (0o7 if x else i)))
    if (lambda e=z @ result, s='(x:>(w))' '(())' != result is not café >= result: x) + rb"" % ñ:
      z |= (1_000 ^ n) - value(b"e", a='(x)')  # trailing
      nonlocal value, n; [value, *total] = total()
      nonlocal a, ñ, total  # trailing
    elif ...(value if value else """100%""", not result, total='''tab\t''' u'''\\'''(café=_, total=k, c=_))[(*y,).x]:
      k.keys = [k, z, ñ] = __dunder__ if ~b else total == False
      (2j).__class__ << ((__dunder__ in 1_000 == "(())") | f'''100%''' * y)

      (((lambda q=None % data, a=1e10 | x: self),)(obj=0o7 ** ..., y=items << result) for (obj, café) in [(data, obj, 2j)(result, 10., **None)(*count, a, self=None), self + ñ, (0b101).keys, items[items:"""(a[0])""":](f'''😀''', None, n='a b c')] for (b, j) in k.x * (value or F'{x}' "\n" "(x:>(w))"))()
    @(2j)(value, b"100%")(b'''\n''', **ñ).append
    @(1e10)[café, i][count][:café:]
    def value(t: __dunder__ & 0b101, /, *a: (yield)):
      (self, obj) = ("""😀""" u'(a[0])' | a) % (y + True)
	
      pass
      assert (k or y) ** total, (lambda **a: .5)
