nonlocal z
ñ = _ = (ñ := Rb'100%' // items)(3.14 is 0 != n, k=__dunder__ / 42, z=1_000 ^ '''tab\t''').x  # trailing
# TODO: x
[i, self, café] = y = (0)(y in j >= False == 0x1f, +f"{x}", __dunder__=42 * ñ)((*ñ, result, 2j, count)(None, F"""it is""", obj).get, y if r'' else self, F"tab\t" f'''{x!r}''' f'it is'())()
j = result
class B('''\\'''.name[j].y, z % data, metaclass=result): ñ = café[not 0] = (not value) >> _ / k
try:
	# type: ignore
	y = result.x[café][:False:] ** (2j)(*n)[a, 1]
	obj %= (a if 3.14 else None) <= (0x1f).x not in (0b101)
	z()[b | _ or obj(b) or ((.5) if __dunder__ else j), ñ[value] and -result and (café and j and y and rb"""(a[0])""")]; ({((lambda b, t, *q, s, d: x) in (not self) is not (1_000)(f"it is", café)()[True, café])}.__class__[[_, n, total]().value[café] if f'{x:>{w}}' else -c::("(x!r)"(*.5)(*y, **n)) if (items if result else F'''text''') else ñ and a and .5 and 1][(not _) / value[j].keys[::i]])
except E as err:
	match a()(ñ, None)(z="(x)") >> [1e10, 2j, result]:
		case x:
			b = (0).keys.real if y >= value > 2j else True ^ count
		case {None: 2j, 1: int(y=-1+2j), **rest}:
			(1e10)(x=(lambda *s: 3.14)) ** ñ  # trailing
			(__dunder__, ....append, -1, j[y, a].items) is {0x1f < i >= __dunder__ is items, (~y), (data for y, value in Rb'(y=)' if ñ for self, data in total)} is not y(*0o7 ^ data, count=data(obj), count=(1_000)[obj])(F"""{a[0]}""" or n or y, {}(b"(x)", 10., ñ=True)[count], (.5, self, u'''(a[0])''').get.y(*y, *10., data))
			a -= """\\""".value
		case (((-1+2j | a.b)) as p):
			(0)[{}(not obj, n + x, *value().name("(())" r'(x:>(w))' F"{x!r}", 0x1f))(**(lambda p, *, s, **t: j))(), {(+2j), obj.y}()].value.__class__
			del result
		case _:
   
			z.x = (0o7 ** j) @ (total if y else café); value = n, x, a = b'''a b c'''.x
			del café, j
	
			x[(x >> café)] = +(0 and r'''(x)''' f"tab\t")
	match ~(... / 0):
		case [*rest] if x[::b]:
			ñ[(*0b101, a, 42)][not value](~data) & ñ.keys.name
		case _:
			lambda: (*+a, -value, u'it is'(**_, b=value)())[(F'''\\'''())](ñ and count and b, ().__class__, data=((2j)))
			().value[items | __dunder__:[z, z]:-total] and value.items ** 3.14 ** F"""{x!r}""" and (({café: n, n: True}[1_000]) if """(x)""" not in total is not .5 else ...[0b101::k][False](value, 10.)) and (ñ ^ b"100%",).value.keys
except (ValueError, TypeError) as err:
	from m import *  # trailing
	with i[:{}():] as value.x:
		# é 😀
		y = (2j)(0x1f % """\n""", k=0o7 or 1e10, **42 // b'''tab\t''')
	data = value()[(lambda **q: 1):items - rb''':)''':'(y=)' in 3.14 is '\n' < F'text']("it is".y)
match (not items) | (lambda e=_.name: ''):
	case (({}) as whole):
   
		not (a := (3.14)[x, z])(obj[café, items], z + _)
		x.append = ~obj <= n[.5]; {""""""(2j) and [self](self=value) and (0 if x else value): data(*obj // café, c(*x, x='\n')(False, *1e10)())[[Rb'''(y=)''', f'{x}'][:], ((obj := F'{{}}' F"""\n""")(j, **'''''' f'''tab\t''' "\\", value=Rb'''it is''').get(y, y, n=z))](1 / b) for x in {}.x[~j]}.get[(a := Rb'it is')(n, obj, **b)()() - value]
		for _ in result(total, rb'\\') * [].name:
			# type: ignore
			k = b = u"(x!r)"(n[_, value])[rb"""(a[0])"""(..., self, *x)]
			assert '(a[0])' "(a[0])" F"""it is""" not in i in n and (value if 1_000 else (0))
	case _:

		try:
			a = not (lambda: b); obj = not data - True
			__dunder__: +0o7
		finally:
			value = -a @ (self >= z > z)
			-(0x1f / 1e10) @ {(1)(**x): (0b101).name}()
			result
		if count(*value, Rb"(x)" if 10. else 0):
			((total[False].real or data) / ((lambda s=obj > (3.14) >= _, q=items or b or rb'''tab\t''' rb'''\n''' Rb"""(())""" or 3.14, b=(__dunder__ for data in y if 0x1f if b for (result, café) in 10. if b)(k=None)(self=total)[y::rb"(x:>(w))"], /, *a, d=result, c=0o7 >> _: ñ) & (42)[.5:self:]))
		elif z if f'{x:>{w}}' f"{{}}" '''\\''' > F'''it is''' else (u"(())".y[:c:café]):
			count = data
			(b := (10.).x[j not in _ >= _, {x, total}].name)((... or c) ** ñ.append(k, __dunder__=0o7), -(b >= ñ >= ñ), self={1e10}[0b101] if 1_000 >> __dunder__ else [])[j[1e10].y and items - i and Rb''''''(*b, j, *café), (lambda **p: 42 ^ café)]
			i = y = {'''(x:>(w))''', 10.}.keys[0b101][42, i] or (z := 0b101) or ~items; (k ^ 1e10 or rb''''''.get.get) << (result | k, j @ z, r"""\\""" != b not in b > j, j - False)()[+total].name  # trailing
		else:
			a[+10.] = n[:b'(x!r)'] ** (result | value)
n = b = (0o7)(Rb"""(x:>(w))""" > result)[-(2j)]
