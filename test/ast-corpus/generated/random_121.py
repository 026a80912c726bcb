   
match k.append | y.name:
	case []:
		# TODO: x

		obj = ({} for (y, result) in (lambda e, c: café)).y
	
		self = (rb"""a b c""" is not j <= 0b101 > value) | z; import os.path as p
		match 'text'().x is not (u"""it is""" is not i == total == 42) != café & Rb'(x!r)' >= n.keys[café][False:42]:
			case []:
				data: Rb'''it is''' if obj else 42 = (lambda *t: i & i)
			case int():
				n = total = ñ
			case a.b: result |= False.items[Rb'(())'].keys | (value if k else y)
			case _:
				pass
	case (((a.b) as p) | 2j | {}):
		items = {**(b"\n" < x in 1 <= k), i * False: {k, .5, count}(x, total=b)['(x!r)':Rb"""""":k], F"""{x!r}""": z[:](**count, **None)}(*+..., ('😀' F"""""" 'it is' / i), +"""(a[0])""" '''(x)''')[[.5][0o7]():k(items, self=result).y:].get  # trailing
	case Point(-1+2j, [*rest], z={'k': -1+2j, 1: []}):
		z = (a in 10. != y is not None) @ (rb"""(x)""" or b or ñ or self)
		@value
		def y(s, c: (lambda b, *, a: 0x1f)):
	
			raise a if (1) else z
			_: ~_; result %= (lambda *q, c=self / u"""(x!r)""" "(x)" r"""tab\t""": a | y)
	case _:
		def a(q, *p, **a):
			y = (yield café << 0b101)

		match '\n':
			case 1.5:
				café.items = 'tab\t' F'text'.append
			case {}: __dunder__ = (*a, items, z) = [..., k](x=u'''😀''', y=data)(café, c, a=3.14) > café & 1_000 != -rb"(y=)" rb"" in z[x:]
			case _: c.keys = (self - 1_000) / True[::]
# TODO: x
class A():
	i.x = a[0b101:'''😀''' '(x:>(w))':k](*Rb"""tab\t""", 1, k=count)[value, k] is not {}(None, result)
	if n[(0)[c].y]:
		class C(()(café, items), metaclass=data):
			raise j[:x] from (42)(items).value
		k = {value: 0}(y, self=rb':)', items=i)[i::]() + obj // Rb'''(x)'''
		class Value(ñ <= y is f"""100%"""):
			a.name = a(*count)[i, __dunder__] * (obj << b)
try:
	raise; café = (result - obj) / (lambda s: data)
	if [False, ](*x, result)()() ** (1_000):
		# TODO: x
		items = ((*result, total)(1_000, u"text" F"""\\"""), ñ and "(y=)", z or 0 or x or None)
		class Total(total[value], 0o7 is not obj == 1_000, metaclass=ñ):
			__dunder__ = -self if (lambda c, a, e, **d: b) else k
			global a
			i = +(not j)
		# type: ignore
		with -z():
			items = café()[y // x].__class__
			import a, b.c
			n = False[total, y] if {data, x, _}.append()() else F"tab\t" @ data
	elif b.items:
		with +(.5).value[obj] as count, items(z='''tab\t''' f'''é''' and 1 and _, n=x(ñ, k).keys, count=rb'(x!r)' if None else data)(), ñ(1e10 @ __dunder__, **(10.)(k, *"""tab\t""", *'(x)'), **a >> c)[(count is z)][(lambda q: y), b'(a[0])'] as (café, x, k):
			{((42).real()[a[None, n](), f'{x:>{w}}' and 1]): (lambda c=not total: items) ** (lambda *b, c=(0x1f)(z=y, __dunder__=i).real.value: 1e10) for items, x in (10. < obj) != (False and b) is (j < f"{{}}") if data if (count ** c) ** 'é'() for c, z in (2j)[b] * 0o7 ** 0x1f if "😀" u'''😀'''.append[Rb"""(x)""":_ != .5 is not k >= True:][(Rb"""(())""".__class__[__dunder__:]["😀"::1_000]), Rb"" in self] if (f'{x:>{w}}' or """tab\t""" or ... or ñ) // +42}.__class__.y[(1_000)[(1).real:+data].value(*((10.)(True)))]
			result: ...(c, "é", **False)[:42:j]() = (lambda *q, a=j % 0, d=n if count else data: count <= b >= b > n)
		try:
			y = x
			_: u'(())' and _ and Rb"""tab\t""" and n
		except:
			a = (lambda: lambda b: False)
			pass
		else:
			_ = (3.14 and 10.) // ~value; z -= -(10.)[:0o7:"""(x!r)"""](i=k)
			assert not (lambda b=f'''\\''' & result, q=.5 and a and f"""\\""" '''100%''' r"""\\""" and total, t=obj - 0b101: 3.14), F"tab\t"[r"(())"::]; __dunder__.items[+(not ñ)::"""(())""" """(x!r)"""[items[self, 2j]()[_], (lambda: x)]]((1).keys(result=(0o7)[j]().y)(__dunder__(*z)().__class__, ...), (self <= _ > x and ((0x1f).real.name(0x1f, 10.))), ((0o7 @ k) ** (total and y and self)))
		finally:
			ñ &= (1)(total and 1e10, not y, value=3.14 >> x)
			from m import *
			del y
	elif +("""\n""" / count):
		-items.__class__.__class__
		match {y(__dunder__, **1)(obj=None)(1e10), -Rb"""(x)"""}(count[0], x=+_)((3.14), obj=(1_000)(*rb'e', total, items).value)(data=.5 > u"(x:>(w))"):
			case [Point(None), {1: -1, 'k': None}]:
				from . import a
			case _:
				ñ = (lambda: Rb"\n") or [count, 3.14, value][value, 0b101] or items[0, 0o7]().__class__ or (0o7 if f'it is' else result)
	if .5 + total and i * z and __dunder__ - F'é' and (obj or value or data):
		@'(a[0])'.x(i)
		@_.y(*z, items=x)(2j)
		def k(q):
			(1)((__dunder__ is not café != a) << (10.), rb"""(y=)"""(), total=-(1 @ (0o7)))[r"""\\""" u'''(x!r)''' not in 2j >= y if (café := i).value else 0o7 is not '😀' <= 3.14 < 0o7, b'''\\'''(10.) | (i > (10.) >= 10. not in data)].y
			assert -(_ >> __dunder__), c in i != z < 1e10
			return {y for café, value in obj if j for (__dunder__, items) in obj if count}() and (result or j) and b < 3.14 <= k == a  # trailing
	else:
		c = (n[0x1f](café, result) for __dunder__, _ in -value if (10.)(self, items=i) for (café, café) in (lambda s, a="""(x)""" r"(x:>(w))" "(x)" // y: Rb'''(a[0])''') if not self).keys; k = (not u'é') // (not .5)
finally:
	
	for b in .5 / i or self >= x:
		continue
# comment
class CCDunderCC(not k, (y * ñ)):
	raise
	class B:
		__dunder__: obj >> ... = {F'''{{}}''' << y, x.get}[ñ << ñ::]
try:
	x >>= (rb"""(a[0])""" in 1_000) < (total := items).append()
	for (café, y) in self.keys()() ** 'text'.__class__:
		k = [_, items, k] = -value if (k := x)[.5:self:](obj, value=b) else (r'(y=)' u'''100%''' or F"""{x!r}""" """\\""")
except a.b as err:
	count = k()
	import os.path as p
except a.b as err:
	(lambda s={items: k}, c=c and 1e10 and _ and F"""{x}""" f'''\\''' r'(y=)', p=k <= b != c, *b, t=(*n, y, n, __dunder__)(_), q={}[x:][k](**...): café + 2j) >> -value / (3.14 @ j)
with (lambda d, **t: b / 1_000), None.keys as y:
	total -= ~3.14 and self and {(0o7): y, Rb':)': u'(y=)' r'(x:>(w))'}.append
	from m import *
	class A(metaclass=n):
		café += (r'a b c' '(x)' | ...) ** value[42, F'text']
nonlocal b, b, c
