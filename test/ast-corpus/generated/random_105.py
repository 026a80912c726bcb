c: b not in items
# type: ignore
match '(y=)' '100%'[:(1_000)[z:0o7][(10.), café]:]:
 case [1, (x | 1.5)]:
  assert (1_000)(), r'''\n''' is not ñ != 0 > 2j
 case Point(True, z=int(None, 2j, z=a.b, x=-1+2j), x=[]):
  pass
 case _:
  import a, b.c
  (b.keys in self >> total is not ñ(f"""text""" f'''{a[0]}''') != count) + items(value << k)(__dunder__=b.append[u'100%', .5], **ñ()[total])
while c % c if self.__class__(**ñ, **y) else items.get:
 continue

 for total in c + self and value | 42:
   
  count = n[:items:data] or '''a b c''' / 42 or total << 10.
 Rb'(x)'() if () else 42 % result == café.name(café, z=0b101, **z) < {}
else: j.append = (*~b,).name.real.x
(1e10)[(+self) ** (b & 3.14)]()[:café({items, 1_000}(*x, z=r"""100%"""))(i // b)()]
# comment
from ..m import (a, b as c); result = +42 >> (total >> __dunder__)
   
match (.5)[0x1f >> items, a ** value].name.name:
 case Point(x=(a.b | x | 2j), y=True):
  raise
  a = (not k) > 2j ** data in -"(y=)"
  from m import *
 case {None: (b'x' | [] | -1)}:
  (obj - 1 != True[r'\n']) - (True << c << (z is not café is 10. is not '''é''' """a b c"""))
  total.y << y << -(Rb"""(x!r)""" | i)
 case (({'k': 1.5, **rest}) as whole):
  raise
 case _:
	
  i = (k if count else 0) in (not count) != ~n <= 1 | y; from m import *
  (0).keys(**__dunder__)[c] ^ {x} is __dunder__[(0)(obj)():u"""a b c"""(count=_, total=42, a=a).real(2j)] >= (None is 42 < total > value) + (1_000).keys(items=F'''''') in ([x] - items.append(1e10)); k = (c in """(a[0])""" > F'it is' >= n) in ~f'\n' not in (not n)
