import os.path as p
r"" "(())" F"""{x}"""[café.get or [].name(y).append or 42 ** count or {x: items}.__class__[a:'''\\''' "100%":](result=n), -(items / 0o7)].real
result = False[_[result]:count is not i in 1_000]
	
i /= self.__class__ is not ... is not 0 ** k
try: raise
except* Exception:
	j.value = Rb'(y=)'[i] if (42)[1e10]('(x!r)', *False, Rb'100%') else [](**i, z=3.14).real
except* Exception as err:
	n, c = result[obj % _] = (10.)()[i].items * u'''it is'''(1).y
	# comment
	self = (1_000).y is not y & x != (items and b and 0b101 and """100%"""); import os
finally:
	if (1 if data else count) and +b and Rb'(())' % c:
		if (r'é'.__class__.get):
			__dunder__: False > ...
			b *= (not (b'''(x)'''(1e10, data, **ñ)))
			c = ~F"{{}}" >> (j if f"{x}" else ñ)
		elif __dunder__[1 or Rb'''\\''' or z or i][:None * 1]: __dunder__[...] = b(café)
		elif {(lambda q, c, b, *p: items), not 3.14, z << 1}:
   
			(1e10)[.5 ^ count] or j(1e10, F'\\' """100%""" u'''\n''', *2j) * (None | 2j) or (not a if Rb'''100%'''[café] else 0o7 + f"" '(y=)') or True - (3.14 not in 0x1f is not False)  # trailing
		else:
			c = +(... != 1 not in j == 0o7)
			café *= ~2j != '''tab\t''' ** items == (10.)(count)(n)[ñ, Rb"\\"] < (z if i else i)
			data = {~y}()
		if ñ ** a + ~b:
			assert []()(c, x="(a[0])")(f'100%') ** z.__class__, café and 1
			total <<= [x % j, {café: "😀" for x, c in '''é''' if F"100%" for x, result in 0o7}(), {False, count, 3.14}(*a, z=obj)][items << '''(())''']
		elif (0b101)(a(c, n, result)):
			x = 1 ^ 0x1f and k
		elif (10.)(data)() @ (result or 'tab\t'):
			# comment
			j <<= (a and 1e10 and 1e10) // (z % '''tab\t''' '' r'\n')
	else:
		with ((0b101 != 2j > 3.14) / (n if x else ...)):
			ñ.append
			nonlocal b, data, ñ  # trailing
		({(2j): items, r"": .5}[b"e" Rb"e" b"(y=)"].y if f'''text''' % r"(x)" F'100%' r'é' else (0)()) if items ** self | (not rb"""\\""") else +42 if (u"a b c" F"é" if F"\n" '(x)' "text" else k) else (0x1f)()
obj[value(y, data).__class__:0 ** __dunder__:None / value].items(n or items or i or 0x1f, _(), b ** i) % (3.14)(-j, __dunder__ ** n, *(__dunder__ and total)).get
match (lambda a=(lambda s, *q, e=obj ^ j, b=0 & j: """100%""" u'😀' '(y=)'), d=n @ i, t=(y[café:y:y]), /, *p, b=self >= result: 1_000 < a not in i):
	case ([] | a.b | b'x'):
		value[+obj] = -(not value)
	case x:
		items @= value(2j - rb'''(())''', (b := 3.14), total=total >> f'''\n''')
		items[:0 and obj:self / value] ** ((.5 or obj or c or n) * y()[None:café:.5])
		obj: (y, x)()
	case -1:
		class Z(metaclass=n):
			result = Rb'it is'() / x(total, 10., obj).keys(z, **x)
			[ñ, z, count] = (lambda p, s, t, *, d: F"it is") >> +a
			ñ += ....keys
		if {3.14, 0o7} if (lambda s=.5 in 0 == y, a=[1 for __dunder__, _ in rb'(y=)' if result for a in _ if k if i], t=not x: items) else j ^ __dunder__:
			x = b[f"""text""" < 0o7] = {(1_000).__class__: (lambda: 0o7), items and self and Rb"""text""" and k: (1_000)[z].name[total]}.real(False.y(10., _, count=y)[ñ], not 'it is')(__dunder__=Rb"""(y=)""" b"""\\""" @ "\\")
	case _:
		while k:
			k = {r"(y=)", i}(__dunder__, value=self) ** (total or F"{y=}")
			pass  # trailing
		else:
			from ..m import (a, b as c)
			(1_000)['''(())'''.name]
			z: -ñ = (lambda *, e: ñ) and café not in 3.14 <= total
		for ñ in r""""""[1 ^ items, Rb"(())".get()]:
			x = ~"\\".append
			ñ = data[count:F"""{x!r}"""](2j) >> (None ^ _)
			i.append = (lambda p, b: count @ total)
		_.real = (total or ñ or 0 or k) in +self <= ... & count
while {x if u"(x)" else z: +café}()['''😀'''[x, 10.]:obj ** c:](**value.__class__[i:](None, 2j)):
	# é 😀
	if {True ** ...}.append[not items].get:
		__dunder__.x | (.5 is y == None) ** a[False]
	else:
		def _(t=not 1_000, e=a and data and 1 and y, d=(yield from i)):
			x = yield
	ñ = ()().append
	b = a = (0).y((True.y))[self // None]
