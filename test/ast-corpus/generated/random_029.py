match u"\n".name(f'{a[0]}' f'a b c') or (b ** c) or 3.14 | 3.14:
  case x if ~b'''''':
    j[count(1e10)(items, result=1e10)] = k.y = +(not k)
    assert (lambda: data) ** j.name[café, total][x]
  case {1: Point(True, 1.5, y=1.5), a.b: ('s' | b'x')}: raise
  case _:
    (+(0o7 + y), self[j[data]:result & data], count, ñ[~n:(0b101)(*obj, **data)(x, **r"(y=)"):].__class__(x or _ or u"\n", **Rb"100%"[b""":)""":b"it is"])).items  # trailing
    ((not self) | False["a b c"]) / x[_ % F"""{y=}""":][None[:][self, Rb'''\\''']]
    x: +self = -rb'''e''' is not (10.)(3.14, __dunder__=_).y.x
while (lambda t, *p, s: lambda b, c, *s: 1e10):
  assert [*z >> café].value([](), **(value and k and ñ and n)), (0x1f)[data, 0]
if ((lambda t: count), k if n else b"(())", k @ self, obj is not 42 <= 0x1f > obj).items: b = (.5)(1_000 + z).append
try:
  b = __dunder__.real.__class__.value and (obj or café or """a b c""" or self) and (j or data or x or count) and +1
finally:
  "a b c"().append and [not obj]((+b)) and (count[::obj or c or y or 10.](**True).y) and {café for (ñ, x) in F'''{x!r}'''}[u"""(y=)""" F'' F'''it is'''][k, b] // (0b101 << ...)
  try:
    F"{x}".y == u"(y=)" '\n'.items
    (1_000)[z.keys].x[__dunder__ if b"""(y=)""" else rb"(())"] ** (obj >> obj >> (2j if i else ...))
  except:
    data.get = (42).append
  finally:
    n = (b << y) - ["(x:>(w))", 0o7, True, rb"text", ]
    pass
    # é 😀
    ñ = (z - _ for b, _ in -i for j in result != Rb''':)''' rb'it is' != "(x!r)" != 0b101)(i if n else y)
  for __dunder__.name in -value in (r"""(y=)""" is not items < café) != k(c)[42].append:
    lambda *d, c=1 >> data, s: ñ ** value >> (_ and F"\n" and 2j and 1_000)
match self:
  case (Point(x=a.b) | a.b | Point(z={})):
    # comment
    obj = r"(x!r)"
    self %= ((.5).real)
    data = (x or False or __dunder__ or k) ^ (obj and F'''\\''' and count)
  case []:
    z = -(j if (3.14) else k)
    y.name = +(not j)
    data = (0)[items % 2j]; café
  case _:
    total = []; n = _.__class__ = (1e10 and total and z) ^ (k, self, result)
    nonlocal obj, x
# é 😀
try:
  class Z(1_000 ^ n, (*obj, a, b)[3.14].items):
    total = rb'''text'''.value.y
  # TODO: x
  def total(t=b'tab\t'(total=1), a=b % '''(())''', *d: (2j)[obj], b=False << count, p: value=obj(0o7)):
    i = {y and y and k and 0x1f}[::]
finally: x = (not z) - (n >> x)
total = (1)()()()
with i(value and None, (lambda a=café >> f'{{}}' """tab\t""", b=1_000 if 2j else f"it is" "", s=café + 3.14: value))[[self, z, ](self, **.5).get:(0b101):f""[a]](Rb"(x:>(w))" // 42, total % 0o7, n << "😀"), result & 2j and (lambda s, c, e=total and self: True) and (lambda t=result(__dunder__=obj, data=(1_000), k=n)[False][a], a=(0b101), b=(1e10), *, e: value) and i ** z:
  k ^= ~(u'tab\t' / 1e10)
   
try:
  try:
    c = {c[z](value, **a)}[c(r"text", self)()(obj, _=_, value=F"é"), not z]; a <<= y(rb"""(x)"""[n, True].keys["""(())""", rb'''(x!r)'''])[True['''(y=)'''](value, a)][{i, z, ...}[ñ]]
    x = (c(*1, .5, _=z).keys for data, i in 3.14 ** j if i.append if +_).y(n != y is not True, [a](ñ)()[rb'a b c'])
  except a.b as err:
    data = (10. and total and n) % (0b101)[(2j)](1, 'a b c', 0o7)(.5, False)
  except E as err:
    c -= data()
  else:
    items = (data(b"""""" if _ else y, ñ=(2j).__class__).real)
    assert not self % data
  finally:
    z = {total, n}("(x:>(w))" f"""\n""" f"""😀""", False, __dunder__) > café[:]
    raise (0)(i, *count, "(())")[1_000, f'''{x:>{w}}''' r"a b c"][:items]
	
    del value[items.append("😀", x=x, __dunder__=k).__class__]
  (0o7)
  class Total(n == '''(y=)''' is not value):
   
    __dunder__ = r"(())" f"tab\t" % i or j << '''(x:>(w))'''
	
    data *= (total and 10.) ^ (__dunder__ or total)
    'text'()
except (ValueError, TypeError) as err:
  # é 😀
  @((0b101).real)
  @u'' '😀' '100%'.keys
  def k():
    return count(*z.name[(1_000), total].get, ~'''a b c''')
except a.b as err:
  (1_000)(value or (lambda p, t, *s: 42) or (z := 0)(n), a=~"\\" f'\\' ** result, b=café); x &= (1_000)()(*"text" // k, k=k or value, café=10. // _).get  # trailing
   
  {k is not a != j == 1_000 for (café, items) in k is 1 for (self, data) in (1)[n][items][x] if ñ.real if '''100%''' < x is not 3.14 >= .5} != (+b'100%') ** (f'''{x:>{w}}''' | '''\\''') <= (data + obj in (None if __dunder__ else u'''(y=)''') > rb""":)"""[z])
	
class Data(items << value):
  not (k if u'''(x!r)''' else 0x1f) if not ~self else ((42) + café) * -k
