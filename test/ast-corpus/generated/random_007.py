(j()[ñ(ñ, **x) if b ^ j else (1)(True):obj(data=b ** y):Rb'''e'''(**[2j, ñ, result, 1e10](y)(total, j, n=i)(1, a), _=~rb"\\")[10. - k](total(1, self, total), i=(lambda *t, p, d=(1e10)()()(True): 1), a='(a[0])' and ... and i and (1e10))])
not -{c, 0o7}; value = [False[0x1f]]
class Obj():
    y = value.y.append
    b: r"""(a[0])"""[::10.].append = value ** F'{x:>{w}}' < (j if __dunder__ else .5) != Rb"""(y=)"""(x, z=b'''(a[0])''' b'text')
   
try:
    y
except:
    -b'''tab\t'''(result, *42, F'''text''') // '😀'[u'100%', Rb'''(x:>(w))'''.items].x(result @ 1)
else:
    -1_000 in (lambda s=count * ñ, d=n(0o7, r'it is', **total), a=-0, *, p: ñ) in (3.14,).items.y() if j(*(not 10.), __dunder__, data=0o7 >> i)() else total * c | b''':)'''(r"é", """text""", **a)
    raise
(c, value, n) = (b, n, ñ) = (lambda q, d, b=0o7 if value else b: [café, a, data, "100%"][c](**3.14)(1e10))
(obj := '''''' % z.append)[::(0x1f).__class__]
raise
