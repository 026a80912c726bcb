@self(*a, i=b)()
@...
def items(p: """text""" < 0o7 > 1_000, s, *q):
	if (total := c if count else u'''\\''').real[3.14 if False else items][not u'(x!r)']:
		try:
			return ...(*self / items, (yield from result), +F'{x!r}')[(yield from rb"""""")]
		except:
			raise
			del i.__class__, ñ[b'it is' not in items >= __dunder__ > café]
			pass
		finally:
			obj.keys = True.x() + u"tab\t" ** 0o7
			items = __dunder__ = (not z) >> (yield from café); a &= (result ** b if F'''{x!r}''' @ 1e10 else result if 0b101 else '\n')
		(y, *c) = {(u'text' % '''text'''): (lambda t, p=value is ..., *d, a="""a b c""" '''100%'''[a]: 3.14), (F"text" % """😀"""): k[obj]}(*data | value, 1e10 if b else '\n')[not 2j]
		try:
			c(F'{x:>{w}}') ** (k << rb'''\n''') and (result is _ if n & result else (yield from j)) and (42)
		except* Exception:
			result |= j[(0)(data, F"tab\t" '''(y=)''', count=café), not y]
			(items, y, total) = obj() if j is not x == 42 is False else [0, 42, b""""""][a](k)
		except* E as err:
			y = z
		finally:
			pass

			pass
	ñ = ~"""100%"""(z, j, obj=__dunder__)
k.items = café
# type: ignore
y >>= x((value[obj]))[(0x1f)[value](*42, 1_000)(z, **f'😀')]
match (2j).items:
	case ((int(1)) as q):
		data -= self / F"{x}" == (+rb'e') not in (not True) not in j @ value
		for n in j[:+k]:
			i, z, *café = (self < b"(y=)" is 1) != ((1e10)[(3.14)][total][__dunder__]) >= b"""(())""" + None != (not u'tab\t')
			j(*(not __dunder__ not in 3.14 <= c <= 1))[(lambda p, e, a: '(y=)' r"(x!r)" is data)]
	case _:
		if (1 > value not in F'''\n''' is not result) ** (.5 if 3.14 else n):
			-(10. % 42) ^ {(*z, café, 'it is')[(42):result].items(j): f"""100%""" == k >= 1_000 > café, (.5)[:__dunder__](j=k): self << b, self >> value: j << z}
		elif j(1_000 == count, (lambda *b: 0o7), café=i ** """(x)""")():
			(result, *result) = n(*f"\\", '''(x:>(w))''', 1).value | (result <= z not in count)
		if (10.).y: result = items or False(10.)[b"(())"] or ["text"]()
		elif count(obj, not y, café=-__dunder__).y(*1 % 42, _, j=(lambda: z)):
			((0x1f)(_, j, café=0o7)[self] | (café is not __dunder__ >= 42)) * (+ñ if (0b101)(data, z=value)[0] else ... or b"""(x!r)""" or 1 or 0o7)
			total = z(self, 10., data=items) >= (items, f"""""", self)[value].value[j, __dunder__] in (F'{a[0]}' not in b not in self) != (obj := a).append; b @= (3.14 if b else y) if ~data else (self,).y
		elif +r"""it is""" '''\\''' f'100%'[1, b]:
			{{__dunder__[u"(y=)"](b, r"(a[0])" '''\\''' F"{a[0]}", count=self).x: self in café, z: n is not n, (total.value(u'''(a[0])''', z, *j)[data, 1_000]): u'''(())''' """it is""" u'😀'}((1e10)[y, .5], k @ 0b101, """it is"""(f'text', y=x, b=obj)): (.5)[items, j] > result(i, x=_) is Rb'(())' - count, ((count if i else x) / (1e10 ^ z)): (1e10).x()[{'''tab\t''': n for _ in 0o7 if r"""a b c""" if 42}(k, *x, total):not 2j]}(False)((k & y) % (1 if i else j), "a b c".x, items=(0x1f).__class__)
			del obj
			# comment
			result = (f'''it is''' F"{x:>{w}}" 'it is'(0, n) for café in value and a and j for self, café in -items if items is rb'''(y=)''' if -i); (café // 1_000 << (0b101)) / (not (lambda *d, e=(0x1f)[result]: 0b101))
# type: ignore
class Result(obj or items or value):
	False < i(2j or k or data or café, (ñ * data), _=y and 3.14 and count) not in (count and f"{{}}" and items) << (k is '''é''' f"""{x:>{w}}""")
	match (.5):
		case int(y={1: b'x', a.b: True}, x=2j):
	
			ñ.get = [result, count, ñ] = {obj: __dunder__, **2j}[None] << (lambda c, *d, p: obj)
		case _:
			total //= 3.14 + u"(y=)" u'100%' if 0o7 and a and F'{x!r}' else n[n][1_000].items
			# type: ignore
			x["" / obj] ^ i.value
			# type: ignore
			total = ~(not self)
y; result = self = n.value[0 * 0](items=b['é' "(x:>(w))" f"{y=}":__dunder__][data, k]())  # trailing
if ~count()[False]:
	"""😀""" if {b if .5 else count, (-obj), count and 10.}((3.14)(Rb"""(x!r)""", 0o7, r'a b c')(obj, None), (lambda s, b, /: ñ))(x={items}) else ([](value, b'''(a[0])''', count)[u"""\\"""]) - (i & __dunder__)
elif +(k not in f"\\" r'''(())'''):
	k = n(y & rb"""a b c""", **(True and __dunder__ and None))[:(0 | .5):]((lambda e, p=c and a and f"" and x, /, *b, q, t: z), *{x}(u'(a[0])', items=b), k=f'{a[0]}' if y else i)
	import os
	nonlocal ñ, i
elif (z := z / c):
	items: y.y = a.x.real(*"""a b c""" """100%""" '''😀'''.get, b":)"(..., j, 1).get)
try: x = [__dunder__, not r"""(x:>(w))""" '(())' 'a b c', z, __dunder__ if y else 1_000]()
except:
	class CCDunderCC():
		for data in items | j if (_ if k else i) else data and 42 and b and (2j):
			items = True(value ** value, count.__class__[c:obj], 2j ** z)
			items >>= (1).name.get({F'{y=}' f'é': count}(*n, n=i), (count < 1e10 != 0o7 >= k), n=obj)
	if ('é'[n](*data, j, *3.14)) != (... > 0o7) is not '😀' '''text''' | x:
		lambda d=r"(x!r)"[:...][u"""(x:>(w))""", b](__dunder__, k=j), p=(0x1f)(10., a, *data), *, e: ~(1_000 >> result)
		for ñ in True * z and __dunder__ and r"(a[0])"(z, **z).__class__.items:
			break
			data = u"(y=)"["é"].get[__dunder__] * (data if __dunder__ else 42)
		[result, k] = not (~b)
if '''(a[0])'''():
	a = (y := "a b c" < 1)(c + b'\\' rb"(x!r)", False == z < z >= rb"(x!r)" b'(y=)', r"\\" % self)(42 if 3.14 else k, self="tab\t"(j=c)[3.14].keys, k=obj ** Rb"""(a[0])""")
	class B(value):
		try:
			k[self] = items(); j = (items + data) * ("""(x)""" for n, ñ in result).name
			result = z[items:None:] * +0x1f
		finally:
			data = i(i, __dunder__=y).name[obj] >> café // self
			((lambda **q: 1_000) not in (lambda b, **q: __dunder__) <= (j not in self is not data not in n) not in '''(x!r)'''()[:count:1_000][obj]) != (not k()) > (self / result) ** +obj > (not u"(())")
			nonlocal x
		c = (10.)(*(0)(), 0b101 << 10., 1_000 + j)
elif result[::(0b101)[j, self]]:
	with (_ or r"""(x!r)""" or n or 1) ^ [], not 1e10 + 0 as c, b'''(x:>(w))'''.items(*f"\n", **count, **self).keys != -0 <= ~_:
		# TODO: x
		count = data = (n != value <= a) / (j / i)
		"""a b c"""(1 + 0x1f is not (value is data) <= [F'{y=}'][total, j][items])[:u"é".real >= '''it is'''(self=total)() > ~n]
		y = c.get; value, *value, result = """\\"""
	raise 1 / 0o7 from n(0o7, rb'100%', **total)[n:r'''(x)''':n]
	if not (lambda t, d, /: "(x:>(w))"):
		if (lambda a=b[:1e10:z], p=a is not (1_000) is not i != 0, **b: count if 0 else café):
			# type: ignore
			b = b"""\\""".__class__
		(+(lambda s, **d: value)) ** (((10.)) if x | j else café + data)
		for result.items in """(a[0])""" is not y == total and +1_000 and data and {j for (z, result) in count if b'e' for ñ in count}:
			# é 😀
			self: value or b = (1_000)(y << _, value=not n)  # trailing

			assert (1_000).get(f"""\n""", (1)[data, a], (total := ...)(*z, u"""\\"""))
	elif y(b"it is", a, items=c) - (value >> a): _: result ^ 1 = (not .5 for z in café | count if -_)().value
elif ...:
	match ((0x1f)((42).y[total]())):
		case [1.5]:
			nonlocal j
		case ({None: True, 1: True} | {1: None} | {1: None, 'k': 's'}):
			count -= -False | (1_000)[value](value)(*42, n, n)
		case 1:
			self = """(x!r)"""(i, café, b=z).name('\n' r'''(x:>(w))''' f"\\", b, **b"(y=)") if result(*y, **i, items=i) else count[42]()[F"""tab\t"""]
		case _:
			# comment
			items = k.name
else:
	(not ñ + u'(y=)') << {z + c: (.5)(F'tab\t', 1e10, n), (0)(): F'''😀''' >= """(x!r)""" < b"""text"""}.get
	for ñ in b'e'.y:
		j ^= Rb"100%".name.x[result.x[0], "(())"]
	async def __dunder__(*c) -> ~café: del z.items, [z, j, __dunder__]
