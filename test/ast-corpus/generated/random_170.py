for ñ in ... / _ if café else y if 1e10 else z:
 lambda **b: (3.14)[3.14 << value](obj != "\\" f"""""" >= y >= __dunder__, ~total, **2j ** __dunder__)
   
 c = items // (items := z).keys(c=result)

class C(_ * count):
 assert ((_ or i or 0, k[items:](j))(obj=Rb'(x!r)', k=y().__class__.y))

 for count.append in (__dunder__ ^ '\\') @ (not items):
  raise r'100%' & n; z = not n(k, b=z).append
  obj = r'''(x)''' ** value / b"""text""".value
 else:
  from ..m import (a, b as c)
  _ = x[0x1f / .5]; lambda s, q=not café, *, d: not (z and True and 1)
def k(e=r"😀", /, *q, s: [][items].value[items]=i % rb"""e""", p: total % a=(3.14).x()):
 # comment
 while data:
  j = [self | j, (count << .5), data(total), ].y; b = data((yield), *u'''\\'''(café, True, result), *café ^ 2j)[ñ << a::~1][+'''é''', (0x1f) >> b'''(a[0])''']
  from ..m import (a, b as c)
 else: c: (lambda p=rb"""(x:>(w))"""(obj, *total).real, q=total, a=0o7 - i, **d: value)
 x = yield
   
 with ...(y=c // ñ)['(x:>(w))'[u'''(y=)''']] as result.y:
  # TODO: x
  ñ.items = (result | _) @ (not 0o7)
  x = (lambda e=f'''\\''' r"tab\t"().keys[:obj:count], *t, a=items != __dunder__ is '''a b c''': result) >= k >> self <= {} is not "(x)" u'\\' '(x!r)'(3.14, _=r"""(x!r)""")
   
  value[(42)(), (42)[x].value(__dunder__)] * (lambda q, e, p: F"""100%""" ** """😀""")
for c in ~('''(x:>(w))''' """(a[0])""" f'\n' | obj):
	
 y = (lambda a, s=x()['\n'], d=b or y or r'''(a[0])''' or (1): ñ[:a])
 try:
  x = j.x = +(c + café)
 finally:
  data = n.y() << (.5)(z, *b)[y]
  __dunder__ -= z[data, b] | (self is not '''''')  # trailing
  y <<= (b'''''' and 1) <= [](data, 2j, '''''')[x]
 a /= b'''text'''(self=x)(n, self, **café)() >> +1e10
try:
 for i.keys in (x := c == result not in total is r"""\\"""):
  pass
  # TODO: x
  assert (3.14)[().items][2j << data, total in value is not n is 42]
 café = (0b101) / __dunder__ >= {a: '''text''' f'a b c' for (z, b) in y}(1e10) == k[Rb"""it is""":.5] <= a * total
 try:
  _ = items(~café, *(not 0x1f), y if y else c); import a, b.c
  (not y <= data is not result is (3.14)) * (~result / (not j))
 finally:
  (n := +rb"it is")((1_000)[1].x.__class__)['''tab\t''' @ False] != F"""{x}""".x >> (__dunder__ if c else __dunder__)
except (ValueError, TypeError):
	
 pass; _ = café.real != result << 1e10 != F'''{a[0]}''' % j not in (u"\\" """a b c""" """\n""" and b and __dunder__ and result)
items = i.items(k and b'''e''' and i and b, data=[](n=i).get)
j.y = (count >> items) ** (not F"{x:>{w}}")
lambda c, t=u"""a b c"""(), **s: self(**(3.14 or 2j or j)).x.x
try:
   
 try:
  import os; (z, result) = x[k] = __dunder__(-data, *(c >= k), **(42).__class__[self][b'''tab\t'''])(Rb"(y=)"()[:][:x:], **(not 0b101))
  assert """a b c""" """a b c""" '(y=)'(*n.real, count=~_).value.y
  b = r'''it is'''()().get; global b, data  # trailing
 except* a.b as err:
  n -= (self[y:"""(y=)""":] * (0b101).__class__)
  value(obj(~Rb"a b c").keys[not 1:():count and 0x1f], count=(n or self) ** (c / 0o7))([](F"""{x:>{w}}""" | i, value // y, *(count := "(x)").name())[items(_, b=c)[__dunder__:ñ](42, data, **'''(x)''' """(x)""" '(x)')], i(1 not in rb"""(x!r)""" >= "é" u"(a[0])" f'tab\t' < '(())', **{c}().get)[F'{x!r}' not in x != y], *(0o7)(*rb'''(a[0])''' | rb"text", _, **True)[rb'(x:>(w))'[b, self]])()
  [data, count, b] = (r'''(x!r)'''["a b c"](a=café, j=1_000) ** -value); from . import a
 except* (ValueError, TypeError):
  data.get = i.real
 else:
  # comment
  x %= not result()
  (obj := (10.) ^ (F"""😀""" """tab\t""" >= _ > 0o7 != c)).__class__
except* Exception as err:
 self.real
k **= (lambda c=(i := None)(result, """\n""")(Rb"a b c", _, data='''tab\t''' u"(x:>(w))")[Rb'''(())''', 2j], p=u'(a[0])'[café](): Rb'(x:>(w))' * y)
