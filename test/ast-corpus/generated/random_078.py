global total
@(0)
@a
def j(q: Rb"""100%""" << c, d, /, *a, e=~items, s: obj):
  for __dunder__.value in (not data) ^ (not items):
    __dunder__ += 3.14 * z if a[:a] else u"""tab\t""" if k else 3.14
    raise
    raise obj or data or '''(x)''' from k(**self)
  else:
    (3.14)[data + items & (yield total)](-n.value(False)[value, obj], (lambda e, s=+total: None and n and 1e10)).items
  class Café(False / 1, obj ** __dunder__):
    x = 1 ** 1_000 if (~café) else (1_000).get
	
  while (yield from ñ ** 42):
    from ..m import (a, b as c)
pass
match café ** café * (count & False):
  case None if F'''tab\t'''[_, _].x[0x1f]:
    b = {(c | n): (1e10), +0: j[0o7, True], **c[obj]}(u"""a b c""" if total else z, a).__class__(c[:_])
  case _: self.get = (c ^ k) << data.items[count]()
try:
  class Z(result.value[i], ~count, metaclass=count):
    (value, a, total) = a[Rb'''(())''' // ñ] = (2j).real[total if y else value][(lambda: self)]
except (ValueError, TypeError):
  (b('(x)', *"""(x:>(w))""" f"""{x!r}"""[obj ** 3.14]))
  if f"""\\""" F"😀" f'{x}'.items((0)(F"text", count, c=10.)(Rb""":)""", *b), c=a or ñ or b"\n" or 0x1f, k=2j * c):
    from m import *
    a = (0) ** total not in (lambda t, **q: c) not in ~_
  elif (__dunder__ if 1e10 else r'\n' f'{x!r}' """é""") is k[b':)' b''':)''', total] < café & j is rb':)':
    n.y = _ / rb'''\\'''(0x1f, b, result=__dunder__)
    i = ((0x1f)) is not a ** n not in (y if b else self) is (c if i else F"100%")
    ñ[self // 2j] = z = k ^ F'''\n'''(data, k=obj)
  elif (3.14) ** (not F'''😀'''):
    # TODO: x
    (x if False else z) + (j and obj and True and count) if not r'100%'(ñ, b=c) else rb'it is'
except: c
import os  # trailing
class B({**b, **'''(a[0])''', None: a}.__class__, obj[result]): b = self - u'''\n''' or y and r'''(y=)''' f"""{x}""" and i and rb"""it is"""
value[::count ** ñ ^ total - a].x
def total():
  x = n = (.5) // (self and total and ñ)
