try:
	match (3.14 is total <= 0x1f <= 1) is (not ...) >= +True >= None(*data, j, ...)(result, items=value):
		case -1:
			y: 42 - a
		case -1+2j:
			# TODO: x
			z = """(x)"""[z, y](*obj, b).get != j ^ _ != ~__dunder__
			assert F'''100%'''(*0b101 - n, *False[Rb"100%":'''(a[0])'''].y[::a], result ** items), 3.14 > 42 is "😀"
		case _:
			café = (f'''{x:>{w}}''' or café or F"""100%""" F"""tab\t""") not in j * y >= (café := rb"100%").y.value.x
	for j[-b] in self().value() if café | 42 else ~ñ:
		assert '''(x)''' r"""\\""" F''''''((lambda a: 1e10), items ** total, **'é' F'''text''' F'''é''' ** ñ), 0 | total
finally:
	# TODO: x
	with (42 > k) * {}.items[:0o7], n ^ i != (not f'{x}') < (not total), ((.5)[j.get, __dunder__ or z or data].name.real):
		try:
			# TODO: x
			i = self.keys
			_ = (items ^ F"") % ("é" '''tab\t''' or y)
			k //= {}.append[False] ** __dunder__.append[self:].name
		except a.b as err:
			__dunder__ = rb"text"(*j.keys)
			data **= "(())" * 2j ** 0
			x = not a & k; x = y @ 3.14 if F'''{x}'''[b, 1] else ....append  # trailing
		except a.b:
			# é 😀
			(1)(x[r'it is' if z else value], -i if n - a else total[:obj]['''100%''':'''\n''' f"text" '\\'], b=+("(x:>(w))" '''\\''' and i and ñ))
			items = F"""text""" '''tab\t'''
		class Value(10. if a else y, not b, metaclass=self):
			(x ** n - (0 or count or self or """(())""")) ** (f'''é''' != "\\")
			obj = -value // (f'tab\t' and None and y); +self[(F'''100%''' r"(x:>(w))" u"text"[n](3.14, self=data, **__dunder__).append)]((lambda b: i), ñ and items and _, (lambda **a: __dunder__))
		items = None.keys(0b101 - Rb"""""", **__dunder__ / '''(x)''')
	def value(a, b, d):
		lambda **b: ++b
		return; [*count, items, __dunder__] = ((+'(x!r)') ** (total if b else ñ))
		x //= {.5 ** rb"""a b c"""}(*(not F'''a b c''' f"{y=}"), *_, **(yield from b))
while (result < b"""(x!r)""") < F'''{x:>{w}}'''.get(3.14, y, 0).name not in (2j if 2j else value):
	y = _ / None + (items if café else 2j)
	raise __dunder__ or __dunder__ or self or z
c ^= (0x1f)[:k.append]  # trailing
# type: ignore
global k, __dunder__
# type: ignore
data = not 0x1f in z
obj.keys = self = x.items
# type: ignore
@b(**f"{x}", c=self)(j, k, a)
@value
def café(t: k + r"\n" 'é' r"""(())""", c=j ^ y):
	if (1).items:
		# é 😀
		return
		if b ** True // (10. + 1e10):
			not not ~total
		elif (1)(0x1f, items=1e10, **café) in value[0o7].__class__ in (café if _ else b"a b c") <= ()():
			café: 1_000 if z else value = (0).items((1e10)[:], total=(3.14)()(0)(*data, Rb"a b c"))
		elif self[self >= False not in F'''{x}''']:
			pass
			import a, b.c
			__dunder__ %= (3.14)[Rb"(x:>(w))"(0b101).items(*__dunder__, items=obj, **self)::x // i].keys.real

		raise (yield from __dunder__)
	elif (3.14 != 3.14) ** (10. & i):
		# TODO: x

		x = yield  # trailing
	elif u'''é''' '''it is'''(rb'''(y=)'''(a)(café, self, **count)()):
		# é 😀
		c.__class__ = (0b101) @ (z or _ or y or total)
	return (0b101), (0x1f)(1 and count and False, (0x1f)(items, *i), items=(0b101).value)[(b := count).append, (10. | .5)]
	[-r"" ^ False.x(self), (not Rb"100%") + (_ == 1e10 < y != r'''tab\t'''), count % result & {42: __dunder__}[3.14:data]][:data.y.name:((z := 0b101 + count)[__dunder__ ** a].append)]; items = x[+u'' f"""{x!r}"""] = (lambda c: result > b < n >= value)
if {obj if count else j: self if k else result for result in __dunder__ != ñ != count}[(0o7)(*result, a, *a):count[1:value:]:]:
	y[r"it is"(), n << i ^ True.y[count]][~(*total, i).real()]((1_000)[items], **(0).x)
	if not café ** obj:
		k = False[1e10 < c in café <= F"text"]
	elif u"""(x:>(w))"""[{... for x, value in b"it is" for _, total in 3.14 if 2j if count}:+self][(10.)()().__class__]: ((not result) is not a <= (42)) / [(_ or j) for (items, c) in (10.) for b in self or F'''100%''' or True if (rb'(x)' or count) if (0)(total)(Rb"""(a[0])""" rb"(x!r)")][items[data]]
elif (1e10).keys:
	ñ = [True if rb"""\\""" else k, (rb":)" or Rb"""(x)"""), b'''text''' rb'(y=)' != obj]; obj = not (lambda a, e, *, b: '(())')
	x.keys = 3.14 >> '(())' >> _.__class__[items](a, u'(())' f"{x!r}")
for c in r"""é""".get ** (j * .5):
   
	for items in (café and 10.) ^ y():

		import os
		# TODO: x
		with {~3.14, (obj or i or 0b101)}.real.real.real as data[result[total]], data as x, [rb'a b c'.real, ... > ñ != 1e10](*+1, *(lambda p=F"""{a[0]}""" @ i, d=f'{a[0]}'.y: (42)), j if b else items): break
	else:
		items = None[k, 1e10] in r'(a[0])'[_] < (n is z > 0x1f is not café) not in (count := _)
	@value.name()()
	def b(q=obj and j and 1, t=k + data, *, b):
		if café is café == value and (0o7).keys:
			import a, b.c
	
			{'''text'''(a).value or x(**i) or self << b or (f'''{x:>{w}}''', self, _, r"""100%""").items}.items.real.append
		elif data(i != k is not __dunder__):
			total = ((lambda e: value) or 1_000 ** self or (1_000 if z else count) or (lambda *, e, **q: self))
		elif not (yield ...):
			j = x, data, _ = result.items[count not in obj]
			[k, j, _] = (3.14)(0) and ~j
		else:
			assert (1 @ b"\n") & total[.5]
		# type: ignore
	
		from ..m import (a, b as c); b = count[ñ] or n ^ rb'''(x)''' or ((.5).value)
@r"""(())"""(10., i=i)
@{total: 0o7 for count in 10. if y if b"100%" for (value, b) in True}(*Rb'''100%''', 42, self)[False](*Rb"it is", café)
def a(t=n or 42, a=items and _ and z, /, *s, c):
	if {0x1f if obj else 'it is'}.__class__:
		class Items(total(), total != 0b101 is _):
			c.items = value
	for total in (('''text''' r'''(x)''' > ñ > y != c) > (lambda b, *a: 10.)):
		continue
	try:
		class C(-False, k):
			data[(1e10).name] ^ (0x1f)[0o7 * total:](**(None, b'''(a[0])''')(*u"""(())""", '😀').items)
			i[{"100%" "😀" for obj in obj if Rb'(())' if j for items in n}.real.name] = ñ = not obj >= 0o7 not in .5 > ñ
	except E as err:
		(data, a) = +(yield 3.14)
