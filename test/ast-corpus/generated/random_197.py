ñ.real = [](x=(a is items))[n(1e10, a="""(x:>(w))""")].__class__
while y + b and (lambda c=3.14 * a, p=~..., t=obj if "\\" else 1e10, *d, b, q: 0b101) and i(**i) and "\n"(k=items):
  True()((lambda p, *e: (2j)(ñ, ñ)))[[total | f"{{}}" f'''é''' for (café, x) in ~10.].y((1).value[_:value], *"(x:>(w))"(_, c, count=value)[n])]
((total if 1 else ñ) < (_ or 1_000 or data) > 42 ^ F'{a[0]}') * (((2j)[obj](1, a)) > i(count, obj, c=.5).keys.get > {j: (0), rb"(x!r)": i}(**_)() >= (1)[k])
try:
  import os  # trailing
  from ..m import (a, b as c)
except* E as err:
   
  self = b.value = b'\\'[1 if b"e" else total][count not in a][F'text'[self, False]]
except* E as err:
  obj = +(not """a b c""")
  assert not ~value
else:
  ((1e10 if j else False) | (0o7).get) % ((total if b'it is' else count) == (1_000 and value and k and .5) is not ~b'it is' is (lambda d=(lambda: 1_000), *s, c=rb"""(y=)""".get, a=i ** x: b'''(y=)'''))
  count = (lambda b, p, c: k) | +"(x!r)"
def b(p: (lambda e, p, d: 2j)): __dunder__ = {items, .5}(data)(__dunder__=1)[y] if F'''\\''' or 1_000 or 42 or café else ....items
if (__dunder__ := x - ñ):
  raise n == obj; import os
  assert (y,) ** {0x1f: .5, F"100%": 1_000}[data], (0o7) ^ 10.
  café = +(.5 << y); assert not +result
else:
  not ()(u'''(a[0])'''[10.][:](data))[::]
  del café, n, x, (items, ñ, i)
  j = not r"\n" """(x!r)""" == 0o7 <= rb':)'; count = "\\"
b''(f"100%" f'{y=}' """(())""", count, "100%") * {obj: 1e10}[n, count](value) & (1).value.get(self=(42).items)
