try:
	result >>= (0).x
	class Obj(~count, {__dunder__, 1_000, _}(i, self).append(*items, F'''{y=}''', c=0), metaclass=result):
		items: k / result

	while -(café > ñ == __dunder__ == 42):
		__dunder__ = (ñ := {i: 3.14 for (b, value) in k if self if 0x1f}.y.items.keys)(not _)
		a = __dunder__().keys if count << F'{a[0]}' r'a b c' '(y=)' else self(.5, **Rb'a b c'); n = -(not a)
		a = ~(café is 0b101 is a not in 42)
except (ValueError, TypeError) as err:
	(i, data) = (n.value.name for x, self in ("it is" for (result, result) in k for (data, y) in 1e10 if 0 if items))(**(value & True))
except (ValueError, TypeError):
	_ = r"""100%""" ** self if self and F'''\n''' and 0o7 and result else (0o7)
	with ((total, result, y).x or 0o7 ** count or Rb'''(x)'''[_].name[:1_000] as n):
		{i.append[:not result][(), 1e10 if value else 0x1f], not count | ñ, ()[True - 2j][0 and F"it is" and 10. and rb'''(())''', count | '\\']}[(0o7).y][(lambda e, q, d: 2j if 1 else result):][{f'''100%'''[i].append[k, items]: (u"text" F'' u"100%" == café >= F'''😀''')}]
finally: assert ~r"""(())""" """tab\t"""[:b:False]
try:
	obj = (2j).get("\n" f"{y=}", ñ, value) ** (items or data)
	(lambda **c: 1 @ value) @ (result is b""":)""" Rb"(x!r)" < ñ) ** ñ[café]()("it is" """é""" u'\n')
except (ValueError, TypeError) as err:
	match x ** __dunder__ + +k:
		case (None | int(-1, y=x) | (('s') as q)):
			del result
		case _:
			raise total // n from value % z
finally:
	__dunder__ = j = ~(__dunder__ and total)
	for data in lambda c: 1_000 << u'''it is''':
		ñ = result = False(*(c if Rb"""(a[0])""" else "(x:>(w))"), obj or 0b101 or result or result)
		_ = (0x1f)[__dunder__.append(obj):]
(*c, k, x) = "tab\t"(3.14, b, x=10.) - (z in n == i != value)
(x[obj:total] + (not _)) ** ~obj[a]
while rb':)'(not y)[42 >> __dunder__]:
	@rb'(x!r)'.y
	@[a](1, café, y=_)[r"é"](z, self, **rb'''text''')
	async def j(t, e: (.5).name, *q, a=ñ * """"""):
		# é 😀
		return  # trailing
	try:
		b'''(x!r)'''.append[items.x()]  # trailing
	except a.b as err:
		raise
		obj: {} = self - .5 is y ** b >= value[b]() is café / b'''(x)'''
else:
	pass
n = (n >= .5) > obj.name() in i.value[ñ]

while (10.)(Rb'a b c' ** z, *(1e10 is not b''':)'''), _=(2j).real[count::(3.14)](data))[(b if z else k)]:
	
	c: .5 // .5 = (not False) * obj(2j, k, count=b"""\n""")(value, total=1e10, n=0b101).keys
	result = +(1)()
k += False / ñ % (k > k > a)  # trailing
