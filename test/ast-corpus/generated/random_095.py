result[(.5)(**_)(a, 42) ^ (not b)::result ** 1 if (z if """(y=)""" else 0x1f) else (3.14)(z=a)]
import os
k = (10.)[True, rb":)"] and (lambda b=+b: ...) and u'''text''' '\\' "(x!r)"(*z, self=3.14)(n, Rb"""""", café) and (10. and 42 and a)  # trailing
try:
    for data in total.__class__ if (self if 2j else count) else result ** False:
        F'a b c'.items[self % value] / (~r"""(())""" if not b else a(j, obj=x, **total))
        break
   
        obj.get = __dunder__.x = (0o7).append // ...[:y](x=data, self=u"""(x!r)""", k=n)
finally:
    if count[0o7]()[ñ] or (data or .5 or u'''''') or None and None and _:
        value[y ^ f'{y=}'] = +k(b, total=value, __dunder__=__dunder__)
    raise result('\\' "", "\n", *y)(b"""(())""")('(y=)')
