match (0x1f):
 case ((-1) as p):
  del café
 case _: from m import *
ñ: [value]
while (u'''it is''' or total or n or n) == +__dunder__ <= "" F'é' + data >= {1e10}:
 ñ /= ....keys()
def a(q, s: not data, /, **b):
 _ ^= (.5).get[data % result, (lambda b=data or self or 0o7 or self, q=rb"""a b c""" << '''it is''', *a, s, e=rb''':)''' if rb'''(())''' else n, **t: ñ)]
count = True[u"text" or None, 1e10 or u"""text""" or 0]
if value(y & x)(r"(a[0])" """100%""" and obj and 42 and self):
 k = x.get - (2j and """(y=)""" '''😀''' 'tab\t')
 ñ[~3.14] = '''tab\t''' u"""(())""" and café ** data and 42 <= True == f'{a[0]}' f'\n'
(2j)(*n); self, data = total = b'''(())'''[([ñ, u'''a b c''', café]()(42, 0x1f, **Rb"""(a[0])""").real), ~0x1f]().real
count.x = items, j, x = (1e10) and (1).name.name
@'''é''' '😀'(*0, count, *ñ)[r"""(())""" r'''😀''']
def café(*, e, **d) -> ~1:
 result[x ** k % (10.).value]((lambda: result) if ~3.14 else [x for (_, __dunder__) in 1e10](*items, y, **'''(a[0])'''), data=(lambda b, t=café != __dunder__ < value not in _: True) ** F"""a b c""" '(x)' '(x:>(w))'.get, **(not b'''e'''(1)))  # trailing
 ...
 return (0o7)(x(c, i, j), (42).name()(count, rb"(y=)", 42)); [obj, *total, b] = n = not k(*self)()[__dunder__]
if ~0b101 or result % data or c not in b <= café or items.name(x, k)[2j]:
 result: 2j * result
else:
 z = café = -~obj

 café = y((lambda p, s=total(F'''''', _).items['(x:>(w))'], *d: i), data | count)
 from . import a
