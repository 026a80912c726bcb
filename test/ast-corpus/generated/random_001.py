with data[rb"""\n""" & x, a is "(())" u'''it is''' "\\" <= 10.].value.real:
	(lambda s=y % c: lambda *d, e=count.name()(obj, value, 1_000), a=Rb'''(x:>(w))''' rb"\\" | x: '100%' r"""\n""") ** ((z if (0b101) else 3.14) if (_ / data) else not 1)
	(0x1f).y != (0o7)[c and 1 and count and False].real.name
# type: ignore
try:
	ñ @= café[i @ 1_000]
	# comment
	ñ = {y if k else c: F"😀" r"it is".items}
finally:
	i @= ((3.14)('(a[0])' * a))
if {}:
	j = (lambda d, **c: self) < [k for data in items for (j, z) in a](rb"(y=)", __dunder__, items=z) in (i := 42) != ((1e10)(3.14, n))
	y = self ^ r'''text'''
	# TODO: x
	a = i << (n >> n)
elif (1e10) if result.__class__[count, 0o7]() else z.get.keys:
	count = total ** False > (obj if j else total) < -data in None << i; +((3.14)[result:]) + [not 10., y[0b101], [__dunder__, self][_::café]]
elif ~(1e10)(*Rb"""\n"""):
	value[k] = (i > False is not F"{y=}" u'''\n''') + (3.14 or __dunder__ or r'''(x:>(w))''' or result)
	{}((x if count else 1_000)) and ñ()[result](F'''tab\t''' <= count is not c == _, items=(42)(*self, i, total)[f'é' F"""\n""", 2j]) and (a[:y:] and _ is x and _[True][result](f"""100%""", True, n)) and (_ or x or self or 0o7) << (.5)
	from m import *
j ^= (u"text" f'a b c' if ñ else _) if (2j) else self
class N(b ** 0b101):
	[a, *items] = a | c not in 0x1f - 10.
result = c.get = (1e10) << (count >> value)
# type: ignore
@(1e10)[:café:value]
@(0x1f)(__dunder__)
async def total(**e):

	return (not n for total, ñ in True and 0x1f if 'é' * k if j(café=value) for (self, n) in -x)[b].value, (not a) | a[b]; return self(), True[b'100%'].append == {u"(x)" for b, self in 1_000 for self in (1_000) if ... if k}.x()
# é 😀
k.name
