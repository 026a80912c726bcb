   
y <<= (__dunder__ & items) @ -value
n[j if b else result] = obj.y.name() if y and 10. and c else _ and c
for y in a.name[:(__dunder__(café, b=0, total=n).keys):]:
        from ..m import (a, b as c); café %= (1_000)("é", *0x1f) // (2j)
        continue
else:
        result = (not x) or x[:].items
i[f'''{x:>{w}}'''] = False(.5, "(x:>(w))" f'''{x:>{w}}''', total=...)(u'''''', **i, j=self)[rb'\\' Rb"tab\t" b"100%":] & (0o7).real
try:
        if items:
                Rb'e'.keys
                count <<= -(n * café)
                [count, a] = Rb'e'[self if data else f'''{{}}''']
        else:
                # type: ignore
                nonlocal y
        for (café, __dunder__) in (c := u"""(y=)""" ** obj): k ^= (lambda e, c, s, *, q: y // obj)
except* Exception as err:
        import os.path as p
else: items = False + None
