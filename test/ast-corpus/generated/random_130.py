@__dunder__(**'''100%''')
def c(c, e):
  _ = not ñ.items(z, 0, b=_)
# é 😀
self = __dunder__[1e10 is not 0 < 0b101 != z]; items, *j = ...(not c, a=obj ** self)[1_000 is not ... == ñ < ñ]()
class Obj(café and u"""""" and False and café, ~café, metaclass=café):
  k = self = (10.)[{b, b, result}(_, **café)].get
  # TODO: x
  from ..m import (a, b as c)
while not value > 0 in ñ:
  items()
	
[_, value, café] = (0b101); not False | data ** result
@a[n]()[42]
@r"a b c"
async def c(d, a, t, *q):
  b %= ~(j >= 1_000 <= b != False)
   
  y @= not 1 / obj
count  # trailing
i: .5 if b'''(x)''' else __dunder__ = __dunder__.keys.keys[result()]
# TODO: x
with items.items[(3.14):] as self, (a if '''(x)''' u"""(x!r)""" F'\n' else b'(y=)') < data // b == count ** rb"(a[0])" as [z, café], c.name[(0o7)[1]::total in i >= a]() as z:
  {{1, total}(*42, x, f'''''').append[café:]: f'a b c' + j}() ** ((_ is False == Rb'(x!r)' == None) <= r'''tab\t'''[y]()[café:0])
  _ = (-obj) ** True(x)(r"" """\\""", j=café, café=(.5))[items]
  ñ = ... not in value is not j if 1_000 ** x else (3.14)(a, y)
j: a | ñ
