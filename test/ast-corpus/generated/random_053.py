c[total * 0] = k & total | (0 if c else result)
with (Rb'a b c'[:2j << count:j - ...].append(), (not 1) is (0b101 >> count) != ["""(a[0])""", None, True, ][::i] in (data or _ or self), (data and a and a and __dunder__ for count in None and obj if (lambda c=f'''\\''' << 42, a="\\" u"""tab\t"""(42).y[z], /: 0b101) if [café, *a][z])):
	for value in (items or a or '''(x!r)''') or (0x1f if k else j) or __dunder__[b"""\n"""]:
		count = (café % 0x1f) ** (café * obj)
		{0 >> n, (0x1f), not F'{x:>{w}}' f"{a[0]}" r"(y=)"}(*+.5)(result > count >= r'''text''' """100%""").x ** (count ** "(x!r)" r"text" not in [i, k, ][__dunder__].name is (lambda *q, d=items if z else __dunder__: café) not in (lambda e=+count, a=data if items else obj, q=(42)(F"{{}}")["""(x!r)""", 0], *, t: f'''text'''))
	+(lambda a, e, *s, t, q: self if ... else '\n')
try:
	total = (0b101)
	café = -z if café // rb'''\n''' else j | _
finally:
	@count(rb"a b c", result, y)
	def café(d, s: total(*..., **'''100%''')[a:], *e: (0b101)(42, self, value)[3.14:ñ]):
		global ñ, obj, i

		items = (0b101)(b=None)(*1e10, f"""100%""" "\n", obj=result)['''(x!r)''' F"{x!r}" f"{x}":] | (not ñ)
		{}(False[0b101] ** -i, (3.14)); items = {z, 0x1f}(F"""\\""", __dunder__)[k:0b101] and (F"""it is""" and ... and z)
	(obj // a and (lambda e, /, *a, q=f'😀'(...)[:10.:], **t: '''100%''') and +r"\\" and i - value) ** (data ** a, 1_000 - 42, +0b101)[1 or k or self or 3.14, -a]
	# TODO: x
	b.__class__ = 3.14 % value is café(obj, items, n=i).value.append <= (__dunder__ is y)
# comment
café / 3.14 <= c if None(z, count=k, self=total)()[self] << 0 % c else (0o7); _ = ñ.y() and (3.14)()[_]
