while [1_000 if i else 1, count ^ u"""(())""", Rb"""100%"""[10.], *self ** F"text"](data if r'''😀''' else a, total=total % 0).items: items = (café << n) * (data - self)
match +(count @ items):
	case {} if c @ k:
		try:
			# TODO: x
			pass
		except a.b as err:
			nonlocal x, b
		except:
			(__dunder__, data, *x) = not 42 >> items
		else: __dunder__ = {[](**count, n=y, **data)[0b101].get: __dunder__[k][False, n]}
		match _.y:
			case {1: {'k': True, **rest}, 'k': ((None) as whole), **rest}:
				j: ~c
			case _: (False and data and items or (__dunder__ if _ else _) or items and __dunder__) * (...(rb"(y=)")) ** (x[b])
	case [({} | True), ((-1) as whole), *rest]:
		match +(ñ @ self):
			case [Point(True)]:
				k = (0x1f or total or b) in (total <= ñ) != (i := data)()(c, café, **42) == 1e10 >> False
			case _: café = value >> x if (1_000)[3.14, data] else not items
	case _:
		match {j and "(a[0])" and 1: x * café, **(a or __dunder__ or ñ), +n: n or result}(a=(lambda s, *q, a=(False | i), **d: F'{x}'))(r"(y=)".name)[(lambda b, p, c, *q: data)::]:
			case a.B(x=int(True), y=(([]) as q)):
				not 1e10 >> j is not result.value
			case {a.b: 1}:
				data = b
			case _: z *= (obj if __dunder__ else c) < {obj, count}.__class__ == (j if 0b101 else _) <= Rb"(x!r)"(k=café)(a, obj=y, n=__dunder__)
		del j
		x(items + 0 if i or _ or café or a else (a + café), None != '''100%''' is F"""{x:>{w}}""" < (1) if (lambda p, t: x) else ~obj); self()[__dunder__ or 1e10 or result](count.y, _[a], obj=obj[value::].y(.5, c)) if (lambda: y >> self) else -i(self)
y = ñ()
