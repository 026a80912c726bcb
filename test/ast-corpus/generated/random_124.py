   
@{**2j, i: 2j, value: a}
def k(a=ñ[count::count].get):
 (*ñ, data, y) = ...
while count.keys.items(z, __dunder__) & (1):
 result[i.items] = [{data: c, __dunder__: a}.get[i, n].keys, _ - c, count if self else c]
'(x:>(w))' r"""\\""" r'\\'; n = c // self >> (3.14).keys
(*self, result, café) = ['a b c'.name[z], r'(x:>(w))' if 3.14 else ..., '''tab\t''' u"""é""" ** __dunder__, not u"(x!r)"].real
	
raise a[(0x1f):z:].__class__ from ... / k
from . import a
if data % k in '(())'.x == ()(items, 2j):
 # type: ignore
 a = -b'tab\t' ** 0o7; y /= i @ a or {café, x, __dunder__}
else:
 f"\\"[:2j:](z, ñ) >> ~0b101 if None @ 2j / (1_000)[a:r'''it is''':] else {x: False for data in b}(result, c, result).x(x=rb'''text''', c=count) + {a for z, total in n if z for obj in '''\\''' '😀' F'''it is'''}().__class__
 # comment
 ñ = not +1_000
