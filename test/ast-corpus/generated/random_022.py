result.keys = {b: 0o7}.value < (0)() >= {3.14: y for items in total if value for café in (0x1f) if 3.14 if value}
if (z >= F'a b c' < ... != 1) + (not n):
	# TODO: x
	x = value / self / r"""it is"""(42, value, self=1_000).y
	+()(*(c and True and n and 0o7), 10. is k == k, 10. and ... and y)
	try:

		self = z[result, café](*"""é""", a="""(a[0])""") ^ (42)(i, obj, 42)
		café = (data + 0) * (lambda s, d=u'a b c'.items, *q, t, a, **p: 0b101)  # trailing
	except E:
		assert count[(y & z), rb""":)"""[2j]][not k], """(x!r)""" & 3.14
		(1_000)(items & c if (i if i else 2j) else not café, z=result() - {}[(3.14):c])
		self = u"text"
	finally:
		count = (1)[self:0x1f][items] ^ +0
else:
	
	import os
	while (3.14)(data="\n")[self].real < (a for (count, count) in 2j for (i, z) in data).name >= value ** n:
	
		x = (1_000 if 42 else r"""100%""") is not f"""\n""" & 'text'
	with (u"a b c" if (lambda: 42) else n if a else k as x, not '''(y=)''' F'''''' f"\n" <= False in 1_000 not in False):
		k.get.real
		y = '''text'''(result, 1e10, ñ)["""tab\t""":self:](items, 0o7) or '''it is''' and r'''😀''' and café or __dunder__ and items; result = +...
		j[z - 3.14] = self = ñ ** (z != self not in result)
ñ = (-i) ** (j and "(())" and z and r"""100%""")
# TODO: x
for n in ("(a[0])" < 0o7 >= ñ) | (1_000 if data else k):
	y() @ obj[a * i::False & k]
	result = items ** café if count or data else count if r'''(x:>(w))''' else b
(1_000)[r'''it is''' @ 'text' r"""""" 'tab\t' if u"""é""" ** obj else j @ ñ, 0 << self and 10. & total and (.5)[F'it is' F"""{x!r}"""][F'''text''', None]]
b.keys = data = (42).x
@{c, data, total}[:]
@café[1:3.14]
def k(e, t: not x, /, *b):
	class Self({1e10: total}, (0x1f)[total]('text', **value)):
		((.5)[.5:'\n':_][x] not in (lambda *e, d=c <= 1: 42) < __dunder__[(3.14):b'''text''']) % ((Rb'(y=)' not in count) is (a is 1 is (3.14)))
	42 ** 1_000 & obj.real ^ (u'100%' ^ """😀""" 'a b c' '''tab\t''' and rb':)' >> c and (yield __dunder__))
	café = not __dunder__ <= c
