pass
if (42)(((2j)[__dunder__]), **{z: c}[:True:], j={}[count, 0x1f]).name.name:
	try:
		pass
		j = (j % ñ) - (0o7)(n, count, c).x
	finally:
		# é 😀
		z = (total == café >= data < y) << 1e10 // a
		__dunder__ = (c if k else c) < (a == data == c) > count[0x1f] >= '''text''' % 0b101
	j = (1_000).x
	self ^= count[self:result:][.5:F"text":y] & i(10., y=ñ)
elif x(*1 + data):
	while -rb'e' % (3.14 in data is not self != _):
		assert total()(obj, "\\", rb'')(r'''(x)''' '''(x:>(w))''') if (10. if y else result) else +data
elif [__dunder__[c::k][total], u"" * 0o7, (c, F"é", a, y)[result::], ].append.real.real:
	try:
		# comment
		i: j = i.get
		value = café.__class__[:'''(x)'''.append()][y]
	finally:
		assert (b if total else obj) or items == """a b c""" <= count is x or (2j or result or café or ñ) or obj * u'''\\''', n
		n = (lambda a, t: True(result, a='😀')(z=u"""(a[0])""" '\\' r"""""")[r'\\', True])
		# type: ignore
		{(lambda b=items[z:](True)(None), e=(0b101), t=(lambda b, p=b, d=café: True), /: u"😀" "\n" "\n" or 1 or c or c): (ñ - 0b101) ** (result - Rb'(x:>(w))') for total, n in -(n + result) if ñ(**(lambda b=~0o7, p=items[Rb'(x)' Rb"""(x!r)"""], *t, q=r"""\n""" if b"""\n""" else __dunder__: ...), items=(2j)[result, c][x].name).items[__dunder__(self, value):None ^ rb"""(a[0])"""] if value.__class__ for y in ((k[café]) if (1_000)(F"""{a[0]}""")[2j] else (1).x) if (0)().get[c.x:obj if ñ else i] if (not y) << (3.14,)[y, x].y[j]}[()({y: ...}, __dunder__=i // .5)[0x1f ** n, Rb"""(y=)""" if y else z], total(-value)]((lambda a, e=(lambda s, p, t, *a: self), q=True, /, *d, t: .5) & (0b101 != items is not k not in total), f"""{{}}""".get, **(data / .5 in (items not in data < .5) != ~n))()
	c: _()(_, r"é"); pass
else:
	
	total; del value
	result += (not items,)(F"tab\t" "(x)" F'text' if data else c, self=result <= y != obj)
try:
	pass
	match (not value) ** (obj if 1e10 else n):
		case Point([], ((True) as p)): assert (0)[b'''(y=)'''(ñ, 3.14)[café, 3.14]:], (lambda t=(~k), *b: n)
		case _:
			{(.5)[i, items].items[a:False:b]} if j.__class__ ** (x | u"(x:>(w))") else [result, self, .5, k, ][b](i, *y, 0)(total, **items, count=obj) is z(a)(f'\n') == -obj == (__dunder__ is not .5)
except a.b:
   
	c = [a and 1e10 and z and ñ, not b"\\"]
   
	global count, result
	lambda c, *p, t, s=data ** value: not rb'it is' rb"text"()[items][.5]
for count in café // n << j ** b"\n":
	(0o7)[(data if 2j else f'tab\t') + z % 1e10, ~None.keys()[__dunder__]]
	result = [].y
	class Ñ(k.real[a].keys, result - 1e10):
		café /= (a := obj[c][1_000])().__class__(x + data, n=not i)
		j.name = (b"""it is""" >> ...) / k
		([-(z // _), +café(value, z=__dunder__).y[obj], *[(1e10)(b, z=data)[""], (lambda q=0 if a else ..., e=j ** 0, a=items & café, **s: x), ][(Rb"""text""" for (total, _) in i for (café, z) in y), n(*items, y)].items].__class__)
(not (z if 2j else c)) ** (.5).items.__class__
