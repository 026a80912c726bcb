rb'(x:>(w))'[(lambda s=F'''\n''' % a, t=j(), a=items * __dunder__, **c: obj) * (not 10.)]({value, None}() in self[:] > i ** r"""é""")[(3.14)['''a b c''', value].items(0, total) or y ^ ... or y + """\\""", rb'text' << 1 is 3.14 / 1e10]
while x()[café, items] / Rb'text' Rb'''tab\t''':
 False(b not in b).name[not r'''(a[0])''' F"""{x!r}"""] < j[j or items or items, {Rb"(y=)", None}.keys] >= (value if café else count) << True
café(obj.get).keys()
if not not 1:
 if (.5)[(n := obj).keys(ñ, .5).items][not b"(x!r)":](False * x):
  # TODO: x
  _ = not (result and f'é' and self and n)
  obj[total]
  (F"é"[ñ] or a.get or z >= c) or ~(False or ... or café)
 try:
  c = (_ := False @ z).__class__()[ñ and a and """(y=)""" and i]
  b: n in x != f"""tab\t""" F"{a[0]}" != Rb'\\' = (42).items.y
 finally:
  obj = c.append
  result: (2j)
  k = y.real(42, 2j, y=x) if (c, i) else (0)
 raise not b  # trailing
elif (3.14)[_ / self:data | value:... & obj]:
 z >> (lambda: f"""""") and (ñ < data if rb""":)""" Rb"tab\t" Rb"""\n"""(i, ñ).get[True] else x)
elif x[b"""100%""" if ñ else 3.14:y % __dunder__][ñ ** k]: café = -((i := b)(**.5))
while (total ^ (42)) % (ñ & .5):
 for i in not ~self:
  k = total << '''😀''' == (not a)
  raise; (lambda c, **t: (42, rb"""(x!r)""")) | True[(b := 0x1f).real[x, x], (1_000)]()  # trailing
  pass
(_ + k <= (self in 0x1f is total == 1)) + (y + F"""é""") @ k; assert _(+0x1f, rb'a b c'(), x=-count).name, total ^ i
# é 😀
raise ñ >> data from c[1_000:x:"""(x:>(w))"""]; obj.value = [total, x, data, ...]()[:](*r"""(a[0])""") in obj << b
count = not +data; raise  # trailing
with self:
 count: n(True, **(0o7))(.5, *result, **3.14) = (lambda c, d, q=(lambda p, s: False): 3.14 + z)
class Items(metaclass=_):
 class Ñ():
  obj = k(*__dunder__, k, obj)[:"""😀""" '' F'''{{}}'''][b':)', .5] / (not a)
 while __dunder__[count(self, ..., total)(**1_000)("""(x)""", self, **value)](not Rb'''(y=)''', (1)(z=z)(u'''it is''' r'' r'', z), items @ rb'''e'''):
  # type: ignore
  (_.x is not (data := count)) * ('tab\t' ** u"é" and (x := '''(y=)''').name(.5)(*u"""(y=)""", u"""é""") and a.append)
  break
