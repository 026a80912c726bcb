while (lambda *, a: b.x):
   
	__dunder__ = _.name; self = -ñ()[count]
a.y = (3.14)[rb"""(x:>(w))""" & result]
def j(**c): return (0x1f)[z and 42 and Rb'''\\'''], (__dunder__ << z for __dunder__ in True[True, café][0](x) for (x, j) in {items})(b(z=0o7)(x, items=obj)(), *(j if value else 1_000))[café if 1e10 else b:café >> c:-0x1f]
	
_, b, result = {-z: 1_000 * value}.x(obj @ 0, j.name[z, 1e10](f"\n" "(())" F'''{{}}''', count, z=k))(items=True(*r"""\n""", k, j=items))
(café, café, value) = ñ
   
a.get = F"""é""".name(**ñ + 0x1f, result=F'{x}'.append.append.get)[z(1_000, obj=c, data=café), (lambda t=True[value::"\n"][0]: .5)]
if n(data.items[b"(())" rb'(x:>(w))'], *False // obj):
	for _ in (1):
		not None.real(+u"""é""" f"""{x!r}""" F'''{{}}''', '(())' >> result)[b / Rb"(y=)", u"""it is"""]
		# type: ignore
		for n in (not count) ** _.y.x(None):
			i = ((*y.y.__class__, (lambda **b: count), (items for obj, self in b if total if value).real("""(y=)""")(0b101))(**None(k, ...)(1e10, .5)[::])[value])
			del obj[y], __dunder__; n = (*f"a b c" ** F"""\n""" """(x:>(w))""" u'(x:>(w))', (1e10), (10.)(data, obj=x, **ñ), y @ obj)()[k:__dunder__]
			i = j()(data or café or _ or x)
		else:
			total //= n ** f"tab\t" << c[::k]  # trailing
	
			k = (lambda c=z(), e=Rb"(a[0])" / data, /, **a: items) ** [self, _, """(a[0])""", z](value, b=self, z=None)[None]
	else:
		-y
		if +(lambda *s, q, c: """(())"""):
			del a, obj
			(42)
		elif self[ñ, c].value if (0x1f)(*z, __dunder__)(Rb'(x!r)', c)(ñ, **None) else x or j:
			from . import a; data = obj[__dunder__ >> café, (-total)]
		# TODO: x
		b = y.x.keys[:data] // obj(*obj)
	@((obj := x).value[u'''it is'''][3.14])
	@(0o7)().value(2j)
	def j(q, p):
		for count[y[obj, b].items] in {'''é'''}(self=Rb'text', value=self)(total, self, café=1e10) and 10. + 0 and self.x().name:

			ñ = (None or y) or not c or (items or "") or b"\\"
			n <<= +(lambda q, t=(~result): self)
			# comment
			x = yield
		(.5)[{0o7: F"a b c", 0: u"""tab\t""", value: i}[items, a]("\n")(c, a=3.14):~1:] << ~items @ -total
	class I({self, Rb""""""}(j, None, self=total)):
		i.value = (True.__class__(y=c(None, b'''(x!r)''', self)(result, ñ=total, n=x), self=k * result))
		y = 'it is'[self]()[data, y] ** (result for b, value in F'''it is''' if 2j for result, y in café if 10. if x).get(*items, **_)(1)
		class Y(i[y]):
			b = (lambda e, s, c, /, **a: ñ or y or z or 0x1f)
			nonlocal data, ñ
			x = (False ^ "(a[0])") % [self for (data, café) in obj if n if items]
else:
	if +[self, self, '''''']:
   
		try:
			x(result[("""(())"""[k:'it is'][f'''é''':count:total].get):]('''text''' or 2j), (c or F'''é''' or y or 1_000) @ (c >> total), ~(0) << (value > count))
			data.x()
			# TODO: x
			[ñ, *_] = value @ (café @ value)
		except E:
			j = "it is" and n if (0b101)[:] else (42).__class__
		except:
   
			(items and value and result) * {(2j) for __dunder__, ñ in 10. if obj}(a, 1)(_, total).x // [obj if 1_000 else j](a * total, (lambda s=Rb"text" is 42 not in _, p=-self, q=(lambda b=j or rb'(x:>(w))', **a: """😀""" '''100%''' F"""{y=}"""), *b, t=result.keys(c, **j, _=self).x, e: obj), result=-ñ)
		else:
			count = ['(y=)' or b"""(x!r)""" or 0b101, a is total].value.x
			_[value and n and 0o7 and 1e10] = data = f'''it is'''()[(café := __dunder__)('' F"""it is""" f'''''', a=count, items=0b101)(obj):self()]  # trailing
		while ... is not (j in count > x <= n) >= (café and 0o7 and __dunder__) not in items << 10.:
			obj ^= "a b c" f'''😀'''(value=data ^ rb"e")
			n: a if u'''(a[0])''' else __dunder__
			pass
	elif x / n and F"\\" "é" r'it is' << b and ñ[b"(y=)"] and 0x1f ** None:
		rb'tab\t'[count::obj]() ** (0x1f,)[F"\n", 10.] or ñ[:u'tab\t' // obj](n, count @ _, ñ=obj ^ F"""{x}""")(rb"(y=)" is value is y, +10.)
		raise (lambda t: .5)
		# é 😀
		with (~"é"(a, i, j), not __dunder__ + total):
			from m import *
			ñ = {}.__class__
	elif -(lambda **p: self):
		b = not [].name
		self = (not b) ** True[z, _]; (1e10).real * (0o7 if café else ñ) ^ z('(x:>(w))', k, 2j)["""\n""" "a b c"] * -items
	_ = z = f'é'.items[(lambda p=not 42, q=a.x, t=rb'''a b c''', *a: 2j)]
	(j, c) = (3.14)(value=(0x1f)); assert j(r'''tab\t''' + 2j, café=x or value or i)
# type: ignore
@[][True, value]
@b[value:].x
def _(s) -> count[data::][n]():
	obj -= café[a][data].items or +a or c * False
y = r'''(())''' / obj ^ (0o7)()
