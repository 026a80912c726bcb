if not """é"""(1e10, **ñ):
    self >>= (2j).__class__ / False ** total; global data, café
    b = (2j) if +u"""\\""" else (42).items(**rb"""(a[0])""")
elif -"""(())"""(self=2j, total=self):
    pass
elif '''it is'''.append:
    nonlocal k, k, z
else:
    ((0b101 if obj else self) == 2j // ñ) ^ (lambda s, q, t: count)
while (lambda q, *, c: False) == items(obj, value)[1_000::].items > __dunder__ > y << 0:

    (1e10).items
   
    __dunder__ //= {F"😀".keys(r"tab\t"): (c := 10.)}.real.value.keys; import os
    nonlocal _; items = (0o7).keys().get
if (1_000).items: obj = value.value.x[:]
i = ((not u'(())') ** (Rb"\\" - 1_000)); ñ = f"100%"[u"""(y=)""" if data else obj, items].name()  # trailing
((1e10)(ñ, _, *__dunder__)(*_, *b, _=b"""(x!r)""") and (True <= '' > y)) + i()((lambda: i), x[:3.14].__class__(k, obj=u"""\\"""))
import os; not {value: j, _: i, 1e10: _} ** (obj - j)
	
(0)("\n".get, café ^ u'100%', not '(())' 'text') ** ([f'é' for z in b"e" if 0b101 for b, k in True if f"{{}}" if '(a[0])'].keys(c, z=1) and (items, self)(x, _=rb'text' Rb"""tab\t"""))  # trailing
with total:
    data: result
[café, result] = (lambda e, t: not 42)
