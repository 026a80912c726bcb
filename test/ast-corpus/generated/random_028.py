async def _():
	class Y(.5 / n):
		# type: ignore
		ñ[{self, f'''{a[0]}''' F"\\" """a b c""", data}().get()](a={}['😀'])(self <= _, *café | c, **True & obj) ^ ()(count={**i, data: b"(a[0])"}.append(*value, *x), c=...())
		c = {None, 0x1f, z}(total=0b101)() in (not rb"e") is not (not y)
		raise not Rb'''(a[0])'''
	if (1)[j] < (data and n and x) < café + __dunder__ is i[.5:_](*café, **a, café=f'''{a[0]}''')():
		del total, _  # trailing
		value.value = +(a or 42 or count)
		__dunder__ @= items
	elif {y & rb'\\', not .5}:
		# type: ignore
		raise True
		a | i.keys or (data and 1) >> count ** j or F'''{a[0]}''' << (0x1f)(n, k) or (lambda a, p, *c, t, e: {b: i, x: Rb"""(y=)""", b: y}.y.y)
	elif (lambda s, a=data[self](**j, a=1)(b, café, b), /: a not in self != b'''(y=)''' is y):
		result = k = y.get.__class__[{}[1e10, '''tab\t''']]
	assert total ** items << (lambda t, a, q=obj: 42)
y = (1_000 or obj or 0o7) / (total if café else F'\\'); __dunder__ = (n == _ is not café) << {n: 0x1f, i: items, i: z}(result)
def _(a):
	b = {False: None for total in café for __dunder__ in j if 10.}.keys if .5 == café else b"tab\t".append  # trailing
	@{0x1f: café}
	@r"""a b c""" "(a[0])" '100%'[__dunder__]
	def result(a=rb'''text'''[x:b](rb"""(x!r)""")(), /, *q, t, e=(1, y, x)):
		# type: ignore
		return
		pass
	return

pass; j = self = data
class C(0x1f - 0b101):
	# é 😀
	@data
	def i(*s, e, p=-café):
		self <<= (1e10) - (not True)
		items -= None >= (not items) is ''.value(n, 3.14).keys not in (_ if items else b)
	# type: ignore
	count: False = result(c=~_).keys
y

count, y = _ = ["\n"(n, **b), *obj % b":)"]
if n ** "é" << []():
	if (1_000)():
		(0o7)[(None if c else 1e10) or (1).name(data, n)(data, ñ=k) or k in obj in j](not c, i=((1e10 if rb'(())' else 1) is k.append not in f"""{a[0]}""" / value <= ~j))[(a is not f"100%" in """(x:>(w))""") * (1_000 // c)]
	a = {}(b=1_000)[""""""::café][u'(x:>(w))'] or total or ~ñ
else:
	__dunder__ = 0x1f ** a and obj ^ 10. and f"""{y=}""" & '''(x:>(w))''' and _[k](*c, """é""", __dunder__=ñ)(F"""{{}}""")
	pass; result = __dunder__ = (k(0o7, j=b) ** (lambda *q, e, t: x))
	while (0o7)[u'(())' '''a b c''']:

		z = y = (lambda d: (0x1f))
		lambda *, e: (1_000).get(3.14)[_] ** (not n)
		z = (lambda *, c, **a: value & i)
for obj in {(0b101 for n in z)(*obj, j, **data), j or c, (lambda p=y[0o7].name(k, obj, total=j), b=b'text'[_](1e10)[value]: j)}(not x)()[total()]:
	i = {.5, 3.14} // (1e10 | (0x1f))
	class C(obj // u'text'):
		raise
	items, x = not '''(x:>(w))''' and True in i != items  # trailing
