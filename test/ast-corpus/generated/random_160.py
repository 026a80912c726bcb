n[__dunder__ not in .5 > obj] = True - a << (10.)('''a b c''', x=data)[obj, 1e10][:items]
x = (0o7 or "(x)" or b'''(x)''' b'''(x)''') | 1_000 ** self; data = data = not count or y ** result
@count(ñ)
def ñ(c: total or value, *t: items(False, n=f'\\' '😀' "(())"), b: ... @ b, p=x << b) -> (3.14)[items::].__class__:
	class I((.5).value, 1_000 if result else café):
		nonlocal total
match [i < n, (lambda: 3.14)][10. // data].name:
	case None:
		b.__class__ = i = _(ñ / 10., result.x, obj=i | data)
	case ({**rest} | {'k': True, a.b: x} | {**rest}):
		# comment
		for n.name in (1e10, a)(r'(())', n=a, b=value) % (b & result):
			__dunder__.y = count = (__dunder__ := n is not n is a > self)[~ñ]
	case {**rest} if rb"\\" and k:
		self >>= (not y) + (a and 'tab\t' u"""it is""" F'''\\''')
	case _:
		obj //= x(c) or 42 / .5 or (42 if k else i) or __dunder__
		data = a and obj and value if not True else u'''(x:>(w))'''
		assert _[value in a is 10. is r"it is"], not ...
