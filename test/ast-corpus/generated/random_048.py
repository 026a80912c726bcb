	
[].keys[:][:]
match count:
	case Point():
		self = value.value
	case _: obj = a[1_000] if ~.5 else n - value
try:
	c = value = {-__dunder__: b ** obj}((i := u"(x)"))
	raise
	import os.path as p
except Exception as err:
	total = not f'''\\''' "it is" f'''\\''' == .5 == "(a[0])" "it is" == 0x1f; __dunder__ &= (lambda q, s, c={y: data, 0o7: café, x: total}(*c, c, value=k).x, *b, p, t=items // 1_000, **a: value) and [][0b101::]
	k: (0)(c).value
	...()
except a.b:
	b(**(10. // items if obj[10.][items] else not ñ), z=~(u'é' F'it is' / x))
	ñ &= '''\\'''.keys
   
	True[1 or obj:] // -("😀" >= obj not in r'''tab\t''' >= __dunder__)
