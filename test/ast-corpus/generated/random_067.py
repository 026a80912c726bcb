items.__class__ | i << 0b101 | None.get
   
c = ~("😀" u"100%" | n)
lambda **p: c[j:][items] if café and z and 42 else _ ^ obj
for y in (value <= c in 10.) is not (0b101)[None] >= (42)(*1):
	if items[10.]() if Rb'\\' * _ else items.items()(total):
		# type: ignore
		@None[result][3.14, "é" '(y=)'].get
		@"""(())""" F"100%".get
		def value(b: _ == 10. != __dunder__ == 3.14, a, e: obj & count):
			return 0x1f ** 0x1f and k == b"100%"
		data: __dunder__[x::items][42:.5:b] = items.append.__class__
	elif (_()):
		import os.path as p
	elif F'''{x!r}'''.keys:
		for data in (42) @ (x or "it is" or result):
			del data, count[(c := count)(y, c)]
			(rb"e", ().append[(10.)(2j, items).real], not count or x() or b'tab\t'(j, total=1e10) or obj >= c, "it is"[[10., data](__dunder__, *c, __dunder__="text")(0b101, x):]()['text' '''100%''' @ b:F'''{y=}''' '\\' f"{x!r}"()(__dunder__, **self, i=0)[:3.14:]])
			[count, *value, result] = f"{{}}".x.__class__
		global items, count
	else:
		j <<= [1 if count else 1e10]
else:
	total = (0o7)(_) % -f''''''
	def c(q):
		while (1 or b"(a[0])" or b'e' or None) / ("(a[0])" if self else _):
			# é 😀
			a = k = -(café | __dunder__)
			# é 😀
			[value, total] = ()(b=b(f'tab\t'))
			self = (yield)
		while [] - (42):
			a: +items
			global y, c, y
			pass
		if (0)[None:j.value(total, a=__dunder__, _=n)]:
			not (count or y) ** (__dunder__ < count in obj)
			lambda **q: (a + c) * (yield)
			self = rb'''\n'''(r"""text""", z, j=True)() if not total else total()[Rb"(x!r)"](*b, c, **1e10)
		elif (total < value <= 1_000 >= j) + (10.).real: self = x[("" u"é" '(x:>(w))' if 1e10 else .5)] = {(0o7)}.value.keys[:b"(a[0])"] if (3.14)[data](items, 0x1f) else """(x)"""(f"\n", x)
		else:
			i.items = {café(), {}().value(0, 1, __dunder__=1_000), (yield rb'100%')}.append
			obj, ñ, ñ = _ ** n / (rb"" % data)
	(j := k < b > count is ñ)(-_, __dunder__) ** (r"""(x:>(w))""" + k if (1e10) else a + 0b101); items.y()(b=count().keys) ** ((f"""{x:>{w}}""" or None) << (x if y else 1_000))  # trailing
~((c()) not in """100%"""(42, True))
class Y(metaclass=z):

	result = (obj > 0b101 is __dunder__ >= z) is x ** x not in {1e10, y, n}['é' "(())" F"tab\t":self:]
	if (b is not count is not None for j in (ñ if result else café) for result, result in not r'''(y=)''' if u"""(())""" '😀' 'text'.get[0x1f][result] if z and Rb'(x)' and obj)(j - .5, ñ - j):
		(1e10)(k, y=y(*Rb"""(x:>(w))""".items, _=a[result], n=items[42::][items:].x)[not z], **(obj(b, __dunder__, value=total)(obj, _) for (__dunder__, b) in -__dunder__ if (0).get.name for z in café))(*((c in ñ) is not None > (1e10).keys('''text''', **1, _=total)))(); self = (y and c and '''a b c''') & total[obj]
		k: (count & ñ) = (0x1f).y[:] and b"\\" not in 0x1f
	else:
		i = (0o7)(1_000, "text")(*True, **_)(*x, total=0x1f) ^ (b'''(x:>(w))''' if j else 1e10)
		class X(1 and x):
			nonlocal data, self
	if not (c,)().name:
		try:
			k = x[x, '(())' f"\\" F"""{x!r}"""](c=items, __dunder__=a)(a, self=self) and +42 and None  # trailing
			j = (lambda d, q, t=1 @ 1: (0o7)[k, n])
		except* Exception as err: b[(1_000 - count)] = (lambda d: 1_000 == result)
		except* E as err:
			result = (b := ~b)(value(**0o7))(2j and 10. and .5, **_.append, a=(10.))()
			assert +3.14 // u"""(())""" '''\\'''.append[y]
		finally:
			obj = obj
			k: (1)(f"""😀""", total=n)(n, f"""{x}""" f'{y=}', n)[:count] = (lambda q=i if z else i, t=x[:b].items, b=f'''text''' f'''\n''' + n: count(i, **k).keys(*k, 42, **False))
	
			[i // x, j >= 0x1f in x == items, _ or result or .5, ](*(lambda d, p, c, /: 0), +c, **(.5)) % value.get[u'é'.name(café, x=42)(*u"""it is""", data, result):~value:]  # trailing
		with obj.__class__ <= (.5 and b"""e""" and i) < (not 'it is') as j[True and data and k and 42]:
			y = (__dunder__ and k) >> {items for j in x if f"tab\t" for y, _ in j}.__class__; (lambda p=r'''a b c''' and a and z, q=data if _ else _, **e: result / True) if (0o7)[a ** 0b101::] else (j ** ñ, (0).x["""(a[0])""" '(x:>(w))' '''tab\t''']).x
	else:
		k //= +10. ** result
		class Data:
			# comment
			+b"""\n""" Rb"""(a[0])"""(*a - i)(Rb'(a[0])'.append[b](__dunder__, **a), *(_ == F'😀'), __dunder__=b << b"""tab\t""")(café if 42 else items); k = (n, _, obj) = (lambda p: 3.14) / (self and 1)
class X((k ^ data), (10.)):
	j = ñ[__dunder__].name and x.get.x and -__dunder__ and a[1].append
