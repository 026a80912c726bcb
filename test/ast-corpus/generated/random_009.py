data = [](3.14, obj=café) or ~ñ or __dunder__(café, *F"a b c" "a b c" u'''(a[0])''') or data[::][::ñ](ñ)
assert (0b101).get.real(k or _, not result, (lambda *b, p=()(value, c=True), s=(0x1f)(0, items)[café:"""(y=)""":z](n, data=y, a=y), **c: y)), z << self
try:
	[b, self] = a = (~result) - u'(())'[u'😀']().append
	café += ~{r"text": y, b'''\\''': b"""\n""" Rb"""(x!r)""", u'(x:>(w))': 2j}(**1).keys
except E:
	y = not (.5 if _ else b)
	(items // value | (j or café)) <= -total(self, self, n=n)(data, café)
	count.name = c.y() << (lambda s, b=c @ F"\\" f'''text''', q=False - '''(x:>(w))''', *c, **a: ...)
else:
	i = u"""(x:>(w))"""[z:] ** (42 != _ is b)
	import a, b.c
	((not 1_000) < (... or y)) if {**_}.keys ** self.name else _.real
if (0b101).value: value: -i = [r'it is' F"{{}}"("""(x:>(w))""", total).name(café, b=café), ~a, not total, *rb"""(())""" @ total, ][self < 42 <= 0](*__dunder__, """(a[0])""" and a and "100%" and c, not ...)
if None.get is (.5) is not (y not in a):
	False // ~0 ** k
	import os.path as p; assert {a, n, i} - (b := obj)[items, a], b.keys
	(1e10)[(-42 and (10.)())]
elif ((1 if y else total) * r'''(x)'''[_]):
	items >>= [café, *10.] or count(0)(b, b=_)
	data = c = (10.)[z] or b'text' <= b"""(x:>(w))""" == i
	# type: ignore

	data += '''\\''' ** (result := b"""""" rb'text').get  # trailing
elif '100%'[3.14 * 1e10]:
	(ñ >> F'''{y=}''' if not F'{a[0]}' else '''(a[0])'''(1e10, obj=k, count=total)[0]) + (~c if total(z, café) else i @ b'(y=)')
	data = (y(x, **total),).__class__
	
	data = j
_((value not in b) - [].y, **(self and x or True(*c, r'(a[0])', *c)))[n(rb"""(x!r)""" if c else ñ)[(0b101)], not (x if x else x)]
# type: ignore
global k
