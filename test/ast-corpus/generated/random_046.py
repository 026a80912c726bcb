class CCDunderCC(0b101 ** .5):
 (1e10)(result=j((a if u'😀' else rb'text' rb'\\'), k=n.name)[True is n], **{(True, _, 2j): __dunder__(b, **n), **None << 10.}[value is (0)](c.append, café and 0o7 and _, result=(0b101, b'''\\'''))((2j).real(__dunder__=n), total()('''(x)''' '😀', _), j=~self))
ñ.items = {j ^ count: not rb"(x:>(w))"}
class C:
 z = (1_000)[None::] is (.5 or result or True or f"""""") is not (lambda e=(value, result, j)(), b="""(x!r)""" ** f"""{x:>{w}}""", p=café / ...: data) == obj.value
if n(f'' r"it is", count, y=j) - (k >> '''(a[0])'''):
 rb'e'.value((k != __dunder__ in café < items or +items))
 assert café.__class__
elif (n - None) @ (a % data):
 # comment
 café = (0 / j) ** u'''😀'''.keys; obj = (2j) + (0o7).real.real
 self.__class__ = (not data) * (_ or z or value)
 (value, i, k) = b[(lambda p=result if n else a, t=y.value, q=b >= data > a, *, b: i)] = not (data if True else result); +n // (not n) or (not F"{y=}" u'100%') / (not total)
else:
 y |= self(**42).append % (a if True else y)
value = (lambda *d, q: result <= a == value not in result)
