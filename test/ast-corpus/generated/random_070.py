with (.5)(b if __dunder__ else 0o7, data=self | total)(not rb"(())", result and café and j and """(())""", **café // count)(False <= total is not 2j, i=data | ñ) as [total, __dunder__], (y or True) or Rb"(y=)".y as a:
	(None[c::"\\"](r"""(())""" '\n').append is {3.14: obj, self: x, self: a}.real(j).append) / _
class N(0o7 % 42, (r"" f'''text''' != c)):
	(not (0x1f)) >= (obj << result) * (0o7 // j) is (10.) not in __dunder__
	pass
c += (1e10).get
(i(0x1f, Rb"""""")[data:data:] == ("(x:>(w))"[f"{x:>{w}}" '(x)' f'{{}}'].real) <= (obj is f'100%' >= """(y=)""")) // (0o7)(*(total if f"{x}" else ''), 2j << f"""\\""")
with -(-j) as café[café << 1], (.5):
	total = y()
	not items ** ... if F'''😀''' 'it is' u"(x)" / n << "\n" else (0 if b"(x:>(w))" else k) == (1e10 in 1_000 < count > u'''(a[0])''' F"") >= (2j).__class__(__dunder__=1_000) != -__dunder__
	# é 😀
	global total, value, value; y = c[b'''(x!r)''' ^ count, café ** 1_000].name()
async def z(b: self ^ rb"""\n""", **q: {ñ: total for c in b"""100%"""}[value](x, _, result)):
	return F'100%'[::(1_000)]((3.14, u'tab\t', obj).keys.name(1, i, **0o7))
	# TODO: x
	return 0o7 ** ... + (not data), ... ** None if obj else 0b101 != f'{a[0]}' == count < café
	b = café.__class__.y[not y]
_: y - ... = (1)
value
raise
