# type: ignore
((u"(x:>(w))" or 0x1f) >> (value > '(x!r)' == value)) // ((0o7)[f'''é'''::] @ F"""100%""" '''100%'''[n])  # trailing
if +rb':)' in (result if 0 else 10.):
 n = -_ is (y > count) == (j := f'')[0]
 # comment
 while {b'\\'.items[j:42:]["""text""" '''text''', x]: (1 + b)}(n=not 3.14)[(*b,)[__dunder__:j]]:

  (_.real.name.x, (lambda *, d: '''(x:>(w))''' """a b c""") | self(value), i.value)[café[z].y ** u"100%" ""]
  a: items[z].y() = True[::-k](**(b'''(x)''' and 1_000 and 1))()
 match [10. for c in items for (x, j) in 2j if u'(x)' """(())""" if c].__class__ ** (a // y):
  case -1+2j if {_, x, u'''(x)'''}[total]:
   (not z.keys.get) ** (1_000).name
  case {a.b: True, **rest}: obj = ... // k and '(())' ** 10. and (count := 0o7).items and f"{x:>{w}}" ** k
  case {}: k: __dunder__(items, j)[café].items = rb'''it is'''(b.name.append, count / n)
  case _:
   ~(not (y << count))
elif a.get.name:
 value -= (1_000)(+42, *__dunder__ ** _, _=not total)(+i, x=[_, self, F'text']()[n], **(False if 0b101 else c)).keys
j.y = ~{}
from ..m import (a, b as c)
match ~(.5):
 case (((-1+2j | None)) as p):
  j = data[a] ** (False @ items)
  z() / (j // True or ([total for (y, i) in c if value for k in True if b if f"{x!r}"](__dunder__, j=F'''{a[0]}''')[value]) or (lambda: 10.))
  [c, total] = (count not in a) >> (ñ | k)
 case [[*rest], [x, 1.5], (x | -1 | a.b), *rest]:
  # é 😀
  from m import *
  value &= (c if u"(())" F"""{x!r}""" else obj) < (0o7).real == (lambda c=(n @ ñ), **a: 0x1f); ñ.items = True(*(a << result), **(0 <= y == a != 42))(*(0o7)(result, n=j)[j, café](Rb'it is'), 1e10 >> obj, [result, 1, None].keys(1e10))
 case _:
  obj = (lambda **t: result) is rb'''(x!r)'''.items >= +items
(0o7)["\n"(*(data := z), (10.)[0x1f]), __dunder__.append]
# comment
[k[self, value][obj, 3.14](total, _=count), n[x, z].items(value=count), {**rb'text'}.__class__[u'😀'], (lambda d: result)](y and _)()(((0o7), (10.), c)(n)(j), (self * result)) != ('(x!r)'()) is not (42)(f"é" is i == _, (0).value, i < ñ).items  # trailing
data = a.x = "100%" | u'''it is''' '''(y=)''' r'''100%''' and (lambda: j)  # trailing
class I(-.5, Rb'text'(3.14, value=__dunder__, **k)):
   
 if c:
  not not f"""{{}}"""(__dunder__, True, data=False).real.real
	
  data = value >> False and (a and u"tab\t") and ((10.)()) and (F"a b c" or x or F"{x!r}" or z)
  obj = (1_000 if ñ else 1e10) + (1_000)(*a)(k=rb'''''')
 elif a * Rb"""tab\t""".name(*x, j)(b, *b, **F'{a[0]}'):
  _ = result = (lambda: count * k)
  import a, b.c; value &= True
  items = count.name
 else:
  (+i if +y else (x & items)) // ((k != """(())""" < """tab\t""" f"""""" r"(x!r)" is not Rb"it is") | self ^ True)
  j = (_, x, *i) = not not j
  import a, b.c
 (+self for data in [y, 0x1f, result, *data](x, __dunder__, data=3.14)() if (not y) for x in (items, '(())', .5)) ^ ((k or r'' or 0b101 or j) is z()()(value) not in (not data) == [](3.14, '''text''', items=1_000))
 import os.path as p
