	
count = not 0o7 >> 10.
# TODO: x
def n(e, *p, b: k):
	global k, n
	try:
		pass  # trailing
		b = -0x1f <= ñ.items.y
	except Exception as err:
		class Café(True.items, metaclass=obj):
			# comment
			a = (lambda s, d, p: None != __dunder__ > n)
		if ((F'''😀''', 1e10).x(None)) if (True if .5 else x) else result ^ b:
			{(yield b"""(())""") & ~i}.keys  # trailing
			total[r"\\".append(ñ, '\\')] = z.y
		elif self.append is not (value or ñ or items or total) >= b'(a[0])'(**value).real:
			i = r"""it is"""(c)[0, n][x] and (result,)(obj, 3.14) and (yield)
			result |= b"(x!r)"['(a[0])' f'é' f'\\' <= café == a != b''':)'''](False ** 10.)[(ñ := 0b101).keys, -items]
			a //= (total := b"""(())""" << b)[(10.):(42)[c:]:b / result]("""(y=)""", **(obj[...:x:.5].keys))
		else:
			obj = {(not n), items / 1e10, not 1e10}.name
			# comment
			"(x)"[(lambda **e: 2j)].append and (0x1f).real(i ^ b, *(y >= 10. > k), k=(k, 3.14, 0o7)(c, data)("""(y=)"""))[k[j:]] and (10.).value and u'''(x!r)'''(_, value)(x, café=_).__class__ ** (1e10 | ...)
		return
	else:
		def items(d, a):
			total.get = count.append = a() @ (_ if 1_000 else n)
			pass
		with ((2j)()(obj), j ** café)[items if result else 0b101].value, __dunder__ and b[n][2j:]((1e10), obj=u"😀" '''(y=)''', obj=j) and items | n, k.__class__.keys:
			[rb"""(())"""[~0, obj and items and 0 and 1e10], c[(total / ñ)](Rb"\n" & result, c=z @ n), [].real.append(total(value, c, k=rb'''e'''), i << Rb"""e""", x or Rb'(x)' or _ or result), value]
			return
			result.get = (42)(rb'(x:>(w))' | b)
		match not (.5).value.real(count, **obj):
			case None:
				del _, k
			case _: assert (lambda b, p, s=not x, /: _ ^ F"tab\t")
	while -(not items):
		assert a @ value and r'''(x)''' ** i
# comment
k = a[café, "😀"] >= k
def result(e=not b, /) -> 0x1f and result:
	if +ñ:

		(0o7 == 0o7 not in Rb"" <= 1 or x ** None or i > 10. is not False) & (yield)
		a = (a * '''(())''') < (b % ñ) not in u"""\n""" + 0o7
	elif +{1e10, x}()(b):
		while (i in Rb'100%' Rb'(y=)' b"""""" is obj >= value) is not 42 // _ in n - n is not (café or F''''''):
			# TODO: x
			x = yield
			self = result = n(*2j, y, a=rb'''(x!r)''') and rb"e" & 0b101 and obj < obj not in r"""(x!r)"""
		assert -(0o7)[:][2j], not x
		y(i=+k(10., self, __dunder__=z).value.value)[~(42 & _)]((3.14) + k @ 1_000, (k < y > value < _) - ("100%" >> total), y=not +10.)
result ^= False()(*(3.14)()(k, z), i.keys(count, obj, self=c).value)
((1e10)[1_000].get if (f'''{a[0]}''' if F"text" else n) else (u"""\\"""[42, count])) is not {self}[j, k] << (lambda s=value, t=((*b, None, count, k)().x[y, 1e10]), *, a: i) > (not _ <= b) is (z or __dunder__ or ñ if (lambda: total) else {1: 10.}()(**'''''')[..., count])
global total, items
n = (ñ is not rb"(y=)" == ..., (.5 | total))[(1)[:].items::n].items.items  # trailing
obj **= ~y
