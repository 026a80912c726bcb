n = not (10.)[k].y[:2j]
# TODO: x
ñ.items(*rb'''(y=)''' & 1) if (k, count, value, 1_000)[café, x](0b101, i=False, **result).get != (3.14 and k and x) >= 0 - 1 <= (n not in True in items != rb'tab\t') else -0o7 not in k(F"é", y, **c) not in True / ... not in (not y); (not x) / (z / obj) >= (items & None if j >= b > """\\""" else n is not z) >= ((lambda d, *s, **e: total) or z(j, x="""😀""" '(())', obj=k).get or (2j).name) is (not {items: 0o7, _: 3.14, i: b'''(a[0])'''}[0o7, ñ])
try:
	
	with ({z << 10.}(~value)()[+a:k[1e10]] as __dunder__):
		z.append = value = {**2j @ items}().real(_ < 3.14)
		pass
		raise k or __dunder__ from .5 or self or x or data
	(10.)[(*(10., ñ, i, total).name, i - café, f"""{x}""" << data)((42 ** obj))][:(1e10 if result else total) if (2j if 0b101 else z) else (2j).get[count]:](().get[count()], b=(items := n)[count] // False[::result].keys)
	def c(s):
		(1).keys is not (1e10).get >= (yield from (42)) in (not self(b, x=z)(_))
except:

	c = (.5).append
   
	('(x)'.get <= (total or self) == {value: data}(_=0x1f, __dunder__="""(x!r)""", x=b"""e""")) ** (result.value() & (rb'(x:>(w))' and ñ)); z @= not -k
else:
	count: rb"""a b c""" ** y = (0o7)(r"""it is""" 'it is'[j:items:j][x].name)
