try:
	try: +(Rb"""100%""" ** result) ** r'(x)' ** y
	finally:
		data: (k := café)
		a: 'it is'(j, k, x=a)
except E as err:
	class Self((c or (3.14)), (lambda b, c, *q, a=items(r"é", **b"""(y=)""")(c, b, **True)[0x1f]: b)):
		c = {f'{{}}'.__class__.append[:]: """(())""" / data, u"""é""" if c else 10.: +y}  # trailing
		*c, self = z = not u"text" if (ñ,)(*0x1f, j) else a
		obj = (1_000) <= True.name(j) == [0x1f, 0b101, __dunder__, *result].append
	result %= ((False ** _) ** (i >> _))
	# é 😀
	if i([u''''''](), ñ)():
		(__dunder__() and u"""(x)""".keys(_=i, y=b).keys and (rb'' or 3.14) and data & '(x:>(w))') and ((f"""{x!r}""" or 42 or .5 or data) and {0: 0, obj: 42, b: r"(x!r)"} and {1: y, b: i, **_}(3.14) and (j if y else a))
		result: 0b101 ^ z = +(café and """(())""" and 1_000)
except:
	@(0).value
	def result(a={"text": j}, d=(42), b=__dunder__(café, items)) -> _():
		[j, a] = ()[total ** b'(x:>(w))']; b &= (3.14).y
   
		import os.path as p
		__dunder__ = (1_000)[:+z:(j.get)].x.name
else:
	n[z] = x = (1e10)
	match n():
		case ([1.5, 1.5, 's'] | ((b'x') as whole) | []):
			(value // __dunder__ if [F'{y=}'][items, b"(x!r)" rb"(y=)"]() else [k, items, 0o7, total][y:z:]) and (Rb"""(y=)"""(rb"""\n""" << i, **self.get[z:total:], **1_000 // __dunder__).append) and j[~u'(x!r)']("""text""" / b, (lambda *b: items)) and _(-data, items=... is not i < 1_000 not in result).append.get
		case {'k': {'k': None}, a.b: {1: 2j, 'k': True}, **rest}:
			del k
		case ((((-1) as p)) as whole):
			ñ = [b, 0b101, self][count] <= (not False) in (0o7)(k)[False] <= items - result
		case _:
			value = (0o7)(ñ)[z or j].items
	count: True & ñ = café(ñ, total, **.5) << j.x
if (café & a) // total:
	(3.14)
else:
	j &= '\n'
	from . import a
class Total((lambda **c: obj)):
	if '''(x:>(w))'''.__class__.__class__[1e10 or café or j:not 0b101]:
		r'text'[__dunder__(c, items) and {'it is' r'' f"\n", 1, 0o7}[b].name(0o7) and (lambda q, p, a={k, """it is"""}(café)(), /: 0x1f)]; self = (i := total or 1e10 or 1 or items)
		k = u'(y=)' u"""it is""" * None if b or data else c(n, **value).x.real
		total(*+10. & (0o7)[y, i], *a[rb'(x!r)' % .5](**obj / z), a=(lambda b, a=[a](F"""100%""")(café)(), *s, c=(lambda: F'\n'): 10.) | (i != b"text" == 2j > n))[café(count == .5 is not count is 2j, _=({b'(a[0])': False, '''(x!r)''': data, **b}.get)):(items if True else 1) / (not 1e10):(3.14 / n for obj in 0o7 != __dunder__ for x in i >= rb"""(a[0])""" is items if {b: c}(1_000, total, ñ=café) if (0).items.items)]
	else:
		-(_ and data) - (obj(items, items=F"\n" """\\""") or __dunder__ ** café or '''(())''' u"(x)" """😀""")
		obj = True() - (0x1f, f'😀')(42, *1e10)
j = items = obj(*y)[z < 0o7 in ñ < (3.14):10. * x]; data()[__dunder__[... > y, count and j and __dunder__].x(()(**None)(False, *b"""(x:>(w))"""), -café), x[3.14](count) or 1 ** result or total == obj or False(b"""it is""", **_, **b).value].real
while café << 10. or count >= data <= u"""(())""" or {z}().keys:
	k = not -1_000
	café = total + 0x1f or (42)[__dunder__].value or b"""it is""" >= .5 in items > café
while ('\n' != items) + [_ for (obj, c) in i if a if k].__class__:
	while y:
		# é 😀
		total = (self, a, items, ñ) % ((result := items)())
		import a, b.c
	else:
		obj ^= +[result]('''it is''', 0b101)('''(x:>(w))''')
