del obj
result = café = '''100%'''
try:
	_.get = -("""it is""" >> 1_000)
	if (café - None) % (not ñ):

		([b(), True % items, ](items[c].keys(), **self) << (lambda p: not obj))
		while True() & True:
			# type: ignore
			assert (c if _ else u"é") ** j, r"""(())""" r'it is' r"😀"[0b101, n]
	elif {n}(False, count, 3.14) + (n & x):
		{b[0 and j and .5 and obj:](*0 ** c, **(0x1f)(i)), x[data((0b101), 0, *False), a ** 1]((y, a, f'')(obj, obj), *Rb"(x)", value=(café for __dunder__, _ in n if i if j for x, x in a)[1::]), [None ** x, items is not y, x if r"it is" """(x)""" else __dunder__, not '😀'][[0b101, obj, café, 0x1f]().x["""\\"""]]}(self())
		x = (False, total)(None, Rb"""tab\t""") % (count @ items)
   
		class Café(result.items.name):
			_ -= not 1 and [r'''(x!r)''', 0o7, *0] and y ^ b
	elif x[:(lambda *c, t={None, True}[(2j):café:].real, d=.5 ** i: _):None or u"\n" or obj][(0b101)[self, _]("it is", 0x1f).name]:
		while n / b | value(value=n):
			# é 😀
			not {café: value for x, n in items if __dunder__ if ...} == True is not j
	else:
		try:
			z((lambda q=2j != obj is not _ is items, t=n ** result, b=False if result else None, /, *e, s=k(rb"(x!r)", **ñ, items=a), **a: value) or {}.name(_, *'''(x)''', result), café != b <= '100%' if F'a b c'() else z.y, 1e10 % items or not data or [j, 0, y] or {y for (count, k) in 1e10 if items}.value)(n.items[c and a and i and """(y=)"""].value, (z.value[__dunder__:a]) & ("""(x)""" and self and self and total)).items
		except: nonlocal x, obj
except:
	class N((1)['😀'][True]):
		match F"""{x}"""[total] if f'''tab\t''' >> __dunder__ else items(value, café)():
			case [[None, True, -1], (1.5 | -1)] if y(c, *y):
				ñ = [value * items, café if i else x, result().__class__, *(2j if 0x1f else 0o7)](y, 1e10 ** 1)
			case _: del data
		with (1_000).get[:ñ:] ** True[result] as j, """tab\t"""().real:
			z = [*n, data, x] = (__dunder__ := y in 0b101)(+z, r'\n' and b"(a[0])" Rb''':)''' and count and 0b101, **ñ >> z)
		match -(b and .5 and 42):
			case ((((True) as p)) as whole) if +result: k = [.5, 42, ].keys > _ ** r"a b c" """é""" r"it is"
			case {'k': {}, 1: {a.b: [], None: a.b}, **rest}:
				del b[value]
			case _:
				__dunder__ = count = [(x - n), (0o7)[items:ñ], *(rb'(x:>(w))' or a or b)](0b101 is y <= café == y, '(x:>(w))'.__class__(count, a=__dunder__), (lambda q, c=False(1, café, a), t=(lambda e=b(items=y, b=''), *p, **s: café), *, s: a))[not .5]
