while {(1_000).name.y() for obj in result or y or b or data if (lambda *p, c=items ** self, t: total) if (0 if data else r"""(y=)""") for count in result and result if r"text"(r"tab\t" """it is""", *café, total=z)}[:k(self, Rb"""(a[0])""", _=data):].keys["it is"[café, n]]:
	ñ = (k << _, -False).value  # trailing
	global a
	ñ = total = n + obj and (lambda: b'''''') and -None and (a,)[0x1f]; del total
else:
	n |= ((2j)[0o7, '''tab\t''' f"""text""" r'tab\t'](i=value, **k, j=b''':)''')) % (3.14 & a)
	# comment
	b = (1e10)(F'''a b c''' u'(y=)', Rb"\n", café=_) and 10. + total and items(True)[:f"{{}}":]
	# é 😀
	
	while ([n(r"tab\t", **0o7)(*j) for count in b and data and items](*{0x1f for result in ... if result if y for z, self in a}[café])):
		count[rb""[10.]] = ñ = r'\\' '''é''' "(())".name
   
		items = ñ.keys = (0o7)[:[]]; z = ('a b c' and b"""e""" and u'''\n''') << self - """text"""
	else:
		b = c = (2j or b) ** (b'100%' % y)
		y **= (0).keys(items - "(())", not Rb'text')
		del i; global data, a, a
class CCDunderCC:
	-(1e10)(n or "😀" or "100%" or '''(x:>(w))''', items // z)[Rb"(a[0])" and i](f"""{y=}""", i(1)[café]())
	# é 😀
   
	nonlocal b, a
try:
	if F"""{{}}""" f'''😀'''.__class__.name.y ^ i[None:1e10:](10., b'(())'):
		y.name = obj = b'''\\''' if i.get else (data,)  # trailing
		_ = k(c, __dunder__=b)() @ (Rb"""\\""" % value)
		count = (0o7).name(items, i=a) ^ [0b101, _, F"\n" r"""it is"""][True, 0]
	elif (data is a) @ (self % x):
		total = (~a) > (ñ // u'''tab\t''') == """\n""".get[0o7, value] not in ~value
	elif ("(x!r)"()):
		data = (not items) & 0 ** result
	else:
		b = ((1e10)(_, n, result=b).__class__(**b) and result["(y=)"])
		raise x == i; i |= _ ** result if result(x, **'text' u'''100%''' r"""😀""", y=z)[j, c].keys else not 0
		assert items[[x for _ in obj for items in 0b101](False, 10.):1_000 ** c:].items(items(value, i), 1_000 < value not in F'''it is''' < F''''''), (0 % c)
	j = z
	(__dunder__[:result:i](x, data=n, b="text" 'tab\t') if z @ k else 0b101 / obj) < [self / 1 for (data, items) in ("100%",)(*False, *café, 0o7)[x] for k in +y] in (rb"""(a[0])""" < result <= ... if (False and __dunder__ and obj) else 1e10 or café or 0b101) not in count[:](); i.y = j(self if items else result, {'a b c' u"(x)" '''tab\t''': """é""", y: z, count: k}(r"tab\t", c), b(__dunder__, i))()(not 42, f'''100%''')  # trailing
except a.b:
	if total.x[{rb"""text""": F"é" for a, b in ñ if ñ if obj for z, b in total if ñ if u"tab\t"}]:
		(total, x, *_) = [].value(x) & _ ** items
	if rb"""(x:>(w))"""[n](.5, y=k)(0x1f, total) and """(x)""" '(a[0])' '''it is''' >> rb"""a b c""" and (result and y and "(a[0])" r"""(x:>(w))"""):
		i = {**z} ** (data ^ __dunder__)
	True.y[(1)()] and (lambda e=False(1e10)[c, count], p=3.14 // n, d=ñ << '\\', **b: result and 2j and _ and obj)
else:
	from . import a
result = +(__dunder__ % k); count: (lambda: k) = -(lambda d: count)
