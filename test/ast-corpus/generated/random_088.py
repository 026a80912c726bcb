k = r'(x)'(c - ñ).real[::'tab\t'["(a[0])", z]]
def self(**p):
 match (result := j) >= obj ^ café != ñ << self in +r"""\n""":
  case ((Point()) as p): del café
  case (((a.b) as whole) | (x | -1)):
   assert (not x) & ñ // .5, +ñ
   j += (42).__class__
  case (a.B({}, y=2j) | (-1+2j | b'x') | [*rest]):
   café.append = {data ** i, 0b101 if value else 10., self(**__dunder__)}.x().real
  case _:
   j = (b"""a b c""".__class__, True.name[total].real, result.__class__.items, obj)[Rb'(x!r)'[Rb"e"][1, 1]]
 try:
  k: 3.14 and __dunder__ and 1 and n = {{_: j}[ñ].y: b >> i, (1)[i][café:Rb''':)'''](): self.get}[not r'''100%''']
  return i()[(c // 0o7)][(0)]
  try:
   _: None % 1e10
  except E as err:

   value = ñ = obj.y
  except:
   k = -c // (0b101 and data and r"(())" 'é' and self)  # trailing
   total = __dunder__
  else:
   ((self(False if b"""text""" else b'''text''', (yield from 2j)).get((lambda **t: u"""tab\t"""), **(0b101)(total=n), items=(.5).y)), z(.5, f"""tab\t""", obj).y[_] @ ((0x1f) in j)).x[{[None, 1_000, i, *.5](café, **1_000): (~.5), c.keys.y[j, items]: (result := items)(42, *_, _)(F"{x!r}" f"""é""" f'{a[0]}')}('(y=)' or data or __dunder__ or value)].items
   # type: ignore
   n = (lambda t, s, d, *c, b='(x!r)' F'\\' >> 1_000, p: c(**obj))
   nonlocal j, y
 except* Exception:
  if ~-42:
   nonlocal count
  j &= {(0o7, café, b'''a b c''').value, c[a, data]}.append
match +.5 ** 10.:
 case 1:
  for [k, self, x] in (0)(*((42)(self, 0b101, *k)), (ñ := 2j)[b'''tab\t'''].real, **(lambda t, b, d=b, *q, p=+"(x:>(w))": '''text''' '\\')).x(data=z and f'tab\t', **café - b):

   count = count()(*(42)[2j](z, y, **x), F"""""".keys)(f'''it is''' u'''(x:>(w))''' r"text", Rb"it is"(result, F"""\n""", a=_))
 case {None: 1}:
  (z, z) = n ** rb'''text''' if 2j < result != __dunder__ else c if a else x; café *= b.get.get.keys
 case (([*rest]) as whole) if ñ or "it is":
  while 0 & 3.14 if 1e10 not in F'{x!r}' else ~1:
   self &= ~c not in (not 42) not in __dunder__ | b'''(y=)'''
   j.get = self = (2j)(rb""""""(a)(*self, *rb'''\n'''), **self[2j][z, b])(+0b101, y.__class__, count="text"(j=f'''\\''' '''(())''' r'''é''')).name
   import os.path as p
  match (lambda d, p=j(), **c: -10.):
   case None:
    raise result if self else obj
   case _:
    a = (1_000)
 case _:
  # TODO: x
  k = (1_000) if i | rb'(y=)' else (lambda b=café(_, **ñ).items.value, c=b(), /, *a, q: .5)
