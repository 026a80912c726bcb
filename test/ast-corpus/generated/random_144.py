ñ = (~x) ** (not self)  # trailing
for __dunder__.x in a ** __dunder__ if (b"" if b else .5) else 0x1f + a:
	(r"""""" '''a b c'''(value="(y=)", **items)(f"{{}}", items).items << (not ñ)) * (data <= n if c[items](__dunder__, (10.)) else (lambda: y))
else:
	(self // r"""😀""" + '(x!r)'(3.14, i)) ** [_ and café and F'''text''' u"""\n""", [n, 0o7, ][:], ](~__dunder__, (0o7)[result, 10.](*ñ, '\n', c=.5))
	()[F'😀'.get(k=True % y)]
	count = i = obj(**3.14 * _, **c | (2j))
if {~i, (lambda a, e: '(x!r)')}[data >> ñ, not ...]: y <<= ([][({r'(())': r"""tab\t""" F"{{}}"}.get), ~k](-0b101))
n = b'text'.real(*value, 1, **total) if z[_][::] else {0 for value, i in self if _ for (result, count) in c if k if f"""\n"""}(..., i=a, y=items)
	
if ()[not None][{rb''':)''': c}.value, 0b101 and 0b101]:
	(not n) + data / data > {((.5).__class__): (value, 0b101, u'é', result)(*count, 0b101, **0)(x), **total ** total, j != c: -_}[_ and 1_000 and a:z == Rb'(())' != r"":(*b"""\\""", f'''text''')(value=_, b=y)()[10.::.5]]()
	items[F"{y=}"] = not b"(x)"[True][1e10][n:]
else:
	__dunder__.value = (total, j, total) = _ @ i or (__dunder__ or a or 1e10)
	_ <<= (2j / """\n""",)(**(lambda a, e=c[items:café:None]['😀'](u"é", x, u"é"): b))
	a = ''''''.append  # trailing
self = ~(x << z)
