self = {0 for _, total in j if n if n}.get if 10. / rb'''(x)''' else data ** x; (total if value else 0) and b() if u'100%'(f"""é""")[1, a] // (self if ñ else total) else False[y] if (lambda *, c, **a: None) else (y for (c, c) in data if items if data for (j, result) in Rb"").keys(obj, k=value, **__dunder__)
a = _(*+'''a b c''', **(0x1f if self else 3.14))({Rb"e", '''(())'''}, café='''a b c'''.items[0o7:b], **j // Rb"""text""")
[.5 / y for data, y in [rb"a b c", __dunder__][0b101].get.append for obj in i.__class__][result[:][::][f'''{x}''':z:]:i % value][_ ** count] + ....append
if rb"""a b c"""[{}(0b101, items=k):Rb"a b c".__class__:(42)[data:]]:
	value = [F'{x:>{w}}'[i], True(), 0o7 % None, *(count if total else k)].real(10. if café else "(y=)", __dunder__.real.x).keys
match items(items=Rb'''e''' << False):
	case (({a.b: True, 1: x}) as p) if (lambda d=[](z, n)(Rb"(x!r)", y, a), *t: result):
		@obj(n=3.14, total=b, **a)
		def total(q, d=j - count, e: café ^ result = not a):
			pass  # trailing
		if a not in (lambda *e: ...) == (i or Rb''':)''' or i):
			(total := b'''tab\t''' b'e'.__class__ / (Rb'''\n''' and total))
		elif {__dunder__}(*'(())', 1, total='(a[0])') and -count and ñ(data, **n)(items): ñ = (value := 0b101)(items, self, self) in ~ñ is not (F"é" is None != n is r'100%' u'(y=)' "(x)") in (0x1f).keys
	case [((True) as q), a.B()]:
		if ((0x1f)[F'''😀''' "100%", u'''a b c'''] if a.items else """(())""".__class__): café = (+(not 2j))
		else: b = not n in i is not None
	case {}:
		__dunder__.items = y = ~(result // total)
		for count in (j if value else ñ) + (None + value):
			(j, y, café) = not -__dunder__
		else:
			raise _[a] from not z
			i[not items] = _ = i(i=(.5).x)()
			z: [x, 2j, 1e10][0x1f].real
		i = {_ for k in rb"\\" rb'100%' if result if 2j}(j, 2j)[(0x1f)].real if -(0x1f) else +y
	case _:
		try:
			assert """é"""(*"(())" f'''{{}}''', b'''e''')(rb"\n" rb'(x)', *1_000) ** .5 ** 10.
			total = data
			_ = (0) ** z[Rb""].real[u'''(x!r)''' '''tab\t''' """"""]
		except (ValueError, TypeError) as err:
			(café.y and data.y[1:1e10]) / (items() is {1e10: i for y, items in _ if n if café for j in 3.14 if u"""(a[0])""" F"text" f'''it is''' if self} not in (42 if n else j) >= False + 1e10)
			import os.path as p  # trailing
		self = café >= (count is items >= result in a) is +z < x | b  # trailing
from m import *
assert (lambda e: result ** c), (10.)[0o7, café]
try:
	if (lambda c, p, b=(k / b): items or r"""é"""): k = value[ñ] is café == [_ for (self, value) in r'''100%''' for j in data](j, *count, x="text" '\\' u'é') < (2j)()[café, F"{x}" r'(x!r)'](r'it is' F"it is" f"{x}", total=result)
	elif x[F'😀'] << self * 1e10:
		pass
		if items | (42) & ñ:
			from m import *
			items = ~k or (n for k, c in n if j for ñ in rb'''100%''' if i if x)[café, b]()[F"{a[0]}"] or (1_000).real
			(.5)
		elif """"""() ** (2j)[data, f'''{x}''']:
			a = (0).append
			items = _ = (2j) < -0b101; (lambda p, q: not j) >> True(*z(a=f'''{x:>{w}}''')[ñ](), *café(__dunder__)(**k)[0x1f, "(a[0])" '''text'''], z={ñ: count, obj: j, count: obj}(obj)['(a[0])']).__class__
	elif "(y=)" % 3.14 ^ result[0](count, b, **data).real:
		match {_: i}()(result, items=True)[c] | y & c:
			case ((True | -1 | True) | {}): value: k >> ... = {data: .5, data: data}[i:result].items[i] // (not n)
			case [[], x, *rest]:
				self: True is not 1 == 1_000 = (-....__class__)
			case _:
				n: n or _ or c
		try:
			# é 😀
			items[x ^ value] = ñ[~u"it is" '(y=)'] = Rb'''100%'''[obj] >= __dunder__ * True
			raise ~__dunder__
			(0x1f)((.5)[_] % (1_000)()(.5, *c), *{-b, c and _, b'it is' b"(x:>(w))" b"""\n"""}(~result))
		finally:
			z.keys = -obj % (42).__class__['''''']
			items **= ((ñ := _)[j, a].x[_]) ** 0x1f ** '(())'
except (ValueError, TypeError):
	try:
		while 0o7 % y and y >> '' and True(café, x)["""text"""](u'tab\t', z) and (lambda **b: u"""😀"""):
			i |= ~items is not {café for (__dunder__, z) in False if '''\n'''}[:1_000:] <= (0o7)(i, 0x1f)()
			from . import a

		c.append = F"a b c" * 0o7 << F'''{x:>{w}}''' r"""(x!r)""" f"""it is"""[__dunder__::0]; z **= (x and obj) and x << rb'''\\''' and __dunder__().real.__class__ and (1_000 and x)
	finally:
		# é 😀
		total.items = 1 @ items // (result, j)['''😀''', 1e10].x; x: b'''it is'''.get
		i = ((0).get)
		# type: ignore
		if (data is not True is r"(y=)") - z[f"""""" F'\n' u'''(x!r)''', café]:
			y -= (lambda q, b, t: items.y())
		else:
			pass
			k
			raise 3.14 >> result from ~_; assert (lambda a=count if 2j else a, t=value // obj, q=F"{x!r}", /, *, c: total ** i)
	
	n = __dunder__ // (1e10 << 1e10)
	z = ~(r"(y=)" '\\' ""(__dunder__=1_000))
except:
	for items.name in x():
		+(not f"""\\""") ** (k if items else 3.14)  # trailing
	if +(c == self):
		total = _
	else:
		k[(lambda a, *e, b, **s: _)] = ((count >= z) >> (b"(y=)" and obj and y and 0))
finally:
	def café():
		return (yield -a), _ if obj ** """(x)""" "(a[0])" else c or F"😀"
		{} + {}.get.y
		# type: ignore
		if (ñ["😀" u'100%' "tab\t".real.append(r"a b c" F"""{y=}""" '''''', 0, 0x1f), a ^ j]()[a.name.append.append]):
			a = (1)[y and _ and data and 42]
			# type: ignore
			_ = ~[result, café, total, k]()
	count: 1e10 ** a
   
	total = 1_000 is result < value and café ** n and (10.).value[result].name and a & total

try:
   
	while ((1_000) ** k) ** f"{{}}".items:
		while (lambda *t: obj ** self):
			del café, total[j << b]
			obj = (rb'tab\t'.value.items[j:b], (b(n, u"""😀""", ñ=count)), +10.)(Rb"""(y=)""" // n, x=self ** c).y(not rb"""it is""", data().get())
		@'''it is''' "(x)"()(self)
		@k(*0b101)().real
		def a(p=r"""it is"""[x].get, d=café is not c is 3.14 >= b'''it is''', s="text"(k)[café, None], *a) -> (yield from r"""text"""):
			total = [c & 1 for (__dunder__, café) in ~None if (rb"""""" if 0b101 else 1e10) if """(x!r)""" + a]; raise
			(0o7)[(0o7) // (count if result else '''it is''' "é")]
		# é 😀
		_ = '''tab\t'''
	if (1)(*(1_000)[F'\\'][f'''text''', k](total, "100%")).items():
		((__dunder__, 0)(__dunder__)(k, _, 0b101) > i ^ ñ) >= (1)((items, F'''tab\t''')) > (2j)(value=None) & (not x) is (items.append[10.](**result) is b'tab\t'(.5, r"""é""" """text""")() <= F'\n'().items[0])
	elif u"""a b c""" 'é' f"""tab\t""".y:
		try:
			((0x1f)(...) if (1e10 if x else f'') else j[j][c][ñ]) & count.keys[n + b]
		except a.b as err:
			a = ~False.name
		except Exception:
			data = {}().y
	
			b = not not value
			(j is not value is not total if r'''(x)'''()[(0o7):items] else not café) & self.name
		(n >> data if z or j or count else b'\n' b"\\" - Rb"""e""") % ((not c) >= (1 or 0) <= .5 + j)
		with b'(x!r)'.real ** (b and n and a), items.y is not (self is 1_000 < b"""(x)""" == _) == (lambda t=+.5, s=F"""{a[0]}""" '''\\''' """😀""" >> u"""""", b=a(i, **café, **self)(**"""\\"""), *d, **p: i):
			del obj, obj.y
			y &= ~data or i[0x1f]  # trailing
			('😀' F"""{{}}""" u"""(x:>(w))"""((0o7)()(not obj, *y[b], __dunder__={**count, **j}.y.__class__)(r'a b c'.y().name, ñ if result else i, **(False if y else y))).items)
	elif j.y:
		data = (3.14).name
		# TODO: x
		if u"""\\""":
			c[f'😀' '''a b c'''(.5, items=obj, b=value)[k]] = ((lambda e=(42).y(f"text", ñ, y=self)[i, ...], s=c.get, q=-1, /: result) or (obj[x, ...]))
			i = ().y @ (0o7 if Rb"\\" else k)
	
			x = ~42 or ... and i or -u'(y=)'
	[*a, café] = [] % (n and value and x)
except Exception as err:
	with (ñ[data] if value is not 1 in data not in k else '(x!r)' r'''é''' f'tab\t' | y, True[:c ^ 3.14:~j].real): assert (F'''{x}''' + _) ** b.append
	ñ.value
finally: global k
k: (0b101).name[:c]() = (lambda t, /: 10.) or ñ[obj:2j].items()  # trailing
