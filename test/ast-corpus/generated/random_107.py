   
((café + False) if +0 else 0x1f or 2j) ** False(**(1_000 < 1 != 1e10 > b)).x
try:
	with j() / café(**rb"(x)")[x](), {(0x1f)(_, z, j=Rb'\\')['(())'].name}(**items)((rb'\n',)().name(42)):
		y[+1e10] = ñ = (not k) % (not z)
		data[(obj,)] = n = _
		(.5)[(_ in k == "tab\t") | ñ << value, (F"""{a[0]}""" "(x:>(w))"(u'''(x:>(w))''' // "it is" f'''''', j=items if z else self)()(-__dunder__, café, c=x @ 0x1f))]
	ñ = n = (ñ if 0 else café) if -_ else _ and f'''\n''' and 0o7 and f'''\n'''
finally:
	count[[F'''{y=}''' >> 10., 42 and '(x:>(w))', count if b"""100%""" else items, 1e10 & y]()(a(y, **n), {items: """(x!r)""", 3.14: count}()[value, count], ñ=z % 3.14)[:+True]]().items
total = (lambda b={1: total, b: value, **rb"""(x:>(w))"""}, e=(1_000), /, *a: café.value[n][self:j:])
a = not -3.14
nonlocal data
try:
	while False.real if café / _ else 0b101 * c:
		if (not y) >= c not in (i if y else z) >= c[data][:j][True]:
			assert {items ** 1: items.y.keys.real for x in k not in _ <= b if rb"(y=)" << z if i - b for y in i}(not café), n()[:][0x1f:1:0b101]
			_ = not (2j if count else 2j)
		else:
			b.__class__ = __dunder__(a >> total, (0x1f).value, z=(lambda d=b[:(10.):1e10].real, s=café if data else 2j: z))
			café.keys
			[][None[:1e10] and ("""é""".append(False)[x]) and (data if self else (10.)) and -1_000]
	# comment
	value = ~(.5 and items and x)

	def result(b=.5 <= café, t=-z):
		# type: ignore
		if 1_000 in _ if 'a b c' | rb"""(x!r)""" else ""[b, 3.14].get.get:
			c = (42 & 1) / (café or obj or .5)
		elif {r'(x)': .5, ñ: k}[:k:y](b'text', None, _) ** Rb'it is'(1e10): pass
except* Exception as err:
	try: raise (y ** count)
	finally:
		@F'{x:>{w}}'(data, b'''\\''')
		def result():
			nonlocal data, y, c
		self = {value >= '(a[0])', 10. is not 10., y}.items.name
	y = (lambda e, t, q, /, **d: _ & x)
	@(3.14)
	@(value := result).y[b'e']
	def self(d, t=result @ r"it is", c: count().y(items=rb'(())') = 1_000 == total) -> __dunder__ ** _:
		@(0o7)[i, z].y
		@result.get(*b'''(x:>(w))''', result=z)["""(x)""", __dunder__]
		async def count(s, d, p: ({1_000 for result, items in result}.y.append[b"""""", ñ]), **a: Rb"a b c"(f"""{x:>{w}}""", i=z)()):
			j = ({self ** 3.14: (1_000) and False, 42 or value: c ** 1_000, [].get[:"(())":](result): r"100%"[obj]}(z(z, n, 2j), j=(1e10)(obj, """(x:>(w))""", z=u'é' """(x:>(w))""")))
			__dunder__ /= 'text' << (True ^ '''(x)''' f"\\")
			assert (0o7) / (0 < 0x1f), obj & _
		try:
			x[value in __dunder__] = (lambda **a: f''.append); return (lambda **a: k and 2j and a)
			self = not 2j ^ r"100%"
			Rb'\\'[a not in Rb"""100%"""[u'\\'] == True].real
		finally:
			(*a, y, i) = café = {'''(x)'''(a, obj, x=i): {True}.y[obj].real}[r'''\\'''[1].append():b / y]
		not (a << _) / -r'''😀'''
else:
	if result * b'it is' <= (count or café or 1):
		if x.value.items():
			total = (not total // None)
		else:
			x = self()
			n = items = not not k
			(10.)[b'(x:>(w))' and 0b101 / result and +y and 3.14 ** 0b101, __dunder__.value].keys
		(b,).x @ (not y) if Rb"e" % a | data[n:1_000:.5] else ~[j]["":0x1f].keys.name
		while (F"a b c" u'''(x!r)''' f"" >= u"""a b c""" != 1e10) & (i != _ < '''text'''):
			items = ~(False and y)
			c: __dunder__.y

			café = +[]
	elif ñ / a < ('''(x:>(w))''' or f'''{x!r}''' or .5):
		with self ** c & {} as b, total().real, result.items.x.keys as total:
			pass
			result = ()()
		n  # trailing
		try:

			items = {"(x!r)" r'''(x)''' "100%" != n: (0x1f)[obj, y], (0o7)[:None]()[café]: True & n, b ** data: (3.14)()()}.x; ([*(value,)[(3.14), {1 for (obj, count) in 1_000 if 10. for i, __dunder__ in x if i if z}(__dunder__, b, 0b101)](*Rb'(y=)' >> obj)()]().items)  # trailing
			not {j is not u'(())' is not a == i: n == z for (total, x) in 0b101 - total if not obj if Rb'''\n''' Rb'tab\t' ** Rb'''(x)''' for (café, count) in n ** .5 if (1e10).value.value(0o7, ..., _)}
		except Exception:
			_ = (j << True) - (3.14)(0o7, items, **count)['''text''', '''a b c'''][:c]
   
			assert (data or r'''\\''' or self) not in (u"(x:>(w))" if (3.14) else a), None(*data)
	
			b.get = (0o7 ^ y) @ 1 ** _
		except:
			café = c ** x if 42 + n else (~1_000)
			i += [i, 10.]() != _ & i < k ** (10.) <= (42 not in j == items)
			# comment
			pass
		else:
			b **= not count or (.5 or None or b'''\n''' or 1_000) or x()()(); z = ñ.items = (1 if count else 0) ** (not 0o7)
			raise a ** b  # trailing
		finally:
			c ^= +(_ % 2j)
	elif self:
		try:
			count -= True
		finally:
			not [(lambda c: n)]().append
			self = obj / self != (lambda p, e, s=1 - 1, *d, q=[value, "(x)"].x, b=True or self or c: obj) is not (items or b or None)
	else: rb'''e'''[:]() is not (café >= y is not (10.) >= 1e10) ^ ~2j not in {z + '(a[0])', 0b101 - 3.14}.value[rb"""(y=)""" ** i]
	# comment

	import a, b.c
data = ~(result >= None >= value)
