if [n >= 3.14 not in data for obj in True[u'''(x!r)'''] for c in (F"""{y=}""" r'(x!r)' '' or self or 0x1f or k) if (.5 >= Rb"tab\t")]:
 (y & 0o7 | obj not in (data + i) % (.5 in r"(x)" u'\n'))
 lambda q, d: (0b101)(total - c, i != __dunder__, n=a(result)[.5])
match not b if (lambda s=...[:], a=total(): result) else False.items.items:
 case [b'x']:
  i[True and ... and count] = (k and data and c and result) > items % 1 is not 0b101 % 2j is (.5)(y, value, **z)(*y, x, ñ=10.)[__dunder__, 3.14]
 case _: n <<= items @ _ not in (lambda q, b, *d, e: __dunder__) >= data * k >= b"""\n"""
	
result = items >> value and not 0
