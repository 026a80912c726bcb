try:
  (0b101 & items) // (1e10)() if (lambda *e, a: _ << 0b101) else u'(x:>(w))'(obj.__class__.value.items, 0 if self else items).append
  class N(x & 'tab\t', F'text' r'''\n'''):

    items = (-café for _ in +Rb"e" for _ in ~self).x
    value = (data or k or .5) & (x >= count < 1_000 > rb"""(a[0])""" Rb'tab\t')
finally:
  nonlocal n, items
  if (42)(not result, **0b101 | obj)[[None][b"""100%""" Rb'''it is'''].value[count], F"100%" @ n].get:
    {}.x
  elif {-c, k if False else self, café @ c}[(0o7)][count not in a is 0x1f is not 1:value & 0x1f]: n = total[(*0x1f, ñ)(10.)] = ((10.) > k > obj) | (2j)
  else:
    value = F'{{}}'(~42)(ñ <= __dunder__ is not .5, j.name, value=i == u'(x:>(w))' != 1_000).x
    items = (result >= total) // (items <= rb'''text''')
while ('é' << i) // """é"""(*b)[:42:y](b"text", _, obj=rb'''it is'''):
  (x[:None:'''\n'''] or (rb''':)''' ^ count) or _ not in café) | ((café != False >= .5 != a) is count // value > (lambda: 3.14) not in (not ñ))
@Rb"""e"""()
def __dunder__(s: ((42)[i]()), *e, q):
  raise café not in a is u"é" u"""é""" u'(x)'
  @(...,)()
  def n(b, t='''(x!r)''' 'text' ** ..., a=obj < Rb'''\n''' != y, *d):
    return (42)[c:k] >> F'''it is''' + n, "it is" if café['(a[0])'] else """\n""" >> k; return value(z=n(__dunder__, "é", obj=a).items, items=b // data)[café.get(result, a=1), data(obj, r'😀' r'''😀''' "it is")]((yield """😀"""), ~value, **(1e10).items), not b or -b or (result | j) or ({self, 1_000, data}.get)
   
    import os.path as p; +(__dunder__ >> """\\""" or not __dunder__)
    del j.x
data = items % __dunder__ & u'''text''' + y
if n.append is F"a b c" f"{{}}" "é".name:
  i += -u"""\\""".name.name.get
  self[(lambda b, *d, **p: 10.):][[data, j, obj, '\n'].y["😀":i:], 1 and 0b101] in (a[:ñ:y].x(obj, u'(x!r)' "100%" F"text") not in obj[__dunder__](n)[False] is ñ(k, total, y)) in (f"😀" / _) ** data
elif +2j ** a:
  # type: ignore
  [result, obj] = total = '''(x!r)''' is u'😀' '\\' >= 1_000 == items or not 0o7 or self & u'' or (a := café)[:count]
  j = r"""(x:>(w))""" """text""" in +0
  j = f'''100%''' u'\\' 'é'(+_)(0o7 and x and data and 2j, total in n)[value(count=Rb"(x)")]
ñ.items = b.items = (None == 1e10 > 2j) + {}
for count in (result[:u'''\\'''(__dunder__).y:{x: True, a: b'(x)', value: k}.keys()][(ñ,)]):
  (1) | -(not 2j)
  (k ** ...) ** (ñ if __dunder__ else café) % (total * 1e10 if i[__dunder__](c, 0x1f, obj).y else rb"\\")
  ((3.14 if x else j) in [f'a b c', items, """(x:>(w))""", *(0o7)] != value ** 1 >= -z) ** Rb'it is'[count ** '''(x:>(w))''' ""]
if not a // b:
  self **= _ or c or 1_000 or café if (x if ... else n) else {__dunder__}[42, obj].items
if ((total or c) * (0)):
  c = z = not result(0x1f, **n, _=None)
elif [y, _](ñ=rb':)')[:] == a @ u"é" >= (obj(n, 10.)) < b"(x:>(w))".__class__:
  for self in (3.14 if _ else café) ** (1e10)(j):
   
    (+_.__class__[''], (data ** u'(a[0])') ** z, (lambda e=(.5), a=~__dunder__, p=not 3.14: b & x))
    café = -2j in +a == ñ(k=c) != c; continue
    _ = not y <= F'''\\'''
