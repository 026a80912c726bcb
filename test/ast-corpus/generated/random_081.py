class Self(+b'''(x!r)''', F'''text'''()):
	*value, z, b = b = (1_000).real or ñ[data] or __dunder__
if result(+data)(y(count="")(F"{y=}", *count)).get:
	i.items = n.__class__ = """😀""".real
elif (b if j else y) >= (1).name >= (b is not x in 1e10 < value):
	[y, *k, n] = Rb"""(a[0])"""([y, ].items)().items
	count = x = ~_ % ('a b c' | n)
elif (a := _)(0x1f, i, **i)[10.] if (0x1f if result else ñ) else {z: 1e10}:
	[_, y] = (0b101)
# type: ignore

data[True.name('(x!r)', **café)(__dunder__=f'''''')] = '(x)'.append[~.5:data[total]:]
value[(1).keys, (lambda s=c @ café, a=b[value].value[self:]: i)](_ ** b) ^ ((1)[1e10].items.keys not in (items <= value < u'(())' not in f"tab\t") not in __dunder__[c:])
if ~c @ (self < r"""a b c""" == n < '''100%'''):
	((3.14 | True is not (total if _ else "tab\t") is not k[f"a b c" u'''(a[0])''' u'\\'][0b101][a]) ** (rb'''text'''(*ñ)[self, k] / (not b)))
elif (z not in result) ^ +1:
	del items

	[(.5).name, (0b101).keys, rb"""""", (True // 10.)](0x1f & result, z=y and n and items) or +count // (*"(y=)" r'it is', _)(a)
elif (3.14)(1e10, self) // (1 & _):
	y = k or n or value if 1 / value else __dunder__ >> u'''é'''
data = (0b101).append ^ _('it is' "(x)" "(a[0])", ñ, a=a)(__dunder__)

raise Rb"\n" if x else x
# TODO: x
with (1) ^ café.x.__class__:
	obj, items, *__dunder__ = k = items[items is not self is None != f"""é"""].get[result ** Rb'100%']
   
	obj = (.5)(F"{x:>{w}}" / "(x!r)", **Rb'''''', j=~Rb"""it is""")
	((.5)[r'''''':r'text'].items and not value) >> (i if 0b101 else Rb"""(x)""") % (a % 2j)
