b.x = z.items()
r'''text'''.get()
   
def x(b: count is value <= __dunder__, c: .5 if 10. else self): k -= (False // (yield from x))
while (ñ > (2j) in c) // (.5):
	x = c is not j <= ñ != y or data * value
	__dunder__(ñ | result, k=_ ** .5, self=1 if x else 3.14).items.append is z < ((1 and None and False and 2j) if (2j if b else j) else '(x!r)' % data) >= ~(10. if result else café)
	c = data[-r"(x:>(w))" "\\"] = j if Rb'tab\t' // x else {f'''😀''' '''(x:>(w))'''}(total)
while ((0o7)[items](3.14, result, .5)[result]) or "\\"[:k:] or (lambda *t: x) or obj():
	(j - value if (i if ñ else _) else b'''(x)'''[...].__class__(value, value)) and (a and 0o7 if (lambda t: 0) else obj / __dunder__)
	
	continue
   
match k:
	case ((1.5) as p):
		pass
	case ((2j) as whole): ((self := j.value)[2j and b] for z in ().name.real() < rb":)" ** a <= result ^ 0x1f if obj for total, y in -False.__class__.items() if +{**F'100%' r"""tab\t""", **None}().items)
	case ((a.B(True, [], z=[])) as whole) if (~f'''tab\t'''): {({b, result}.append @ r"""😀"""()): (0)(y, 0x1f).keys.keys & ~1e10 for ñ in i.items if obj.x < (total >= ... is not 2j) if (obj == c if c.name(items=__dunder__) else .5 or x or (1e10) or k)}
	case _: +((0o7).real.append, __dunder__, (0), ~3.14)
for obj in (items if 0b101 else F'{x}') // '''(x:>(w))'''().__class__.y:
	z = 'é'(_, '(x:>(w))').__class__ <= 42 >> __dunder__ != (j in b is not a) not in (0x1f)("""\n""")()
# comment
k = (u"""100%""" F'''{x!r}''' u"tab\t"['''text'''] ** (1_000).y())

global i, n, __dunder__
