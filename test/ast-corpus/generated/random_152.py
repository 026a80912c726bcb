from . import a
if b:
	# comment
	(lambda t, q, c: -k) << (not {self for obj, _ in i}[a](value, __dunder__, ñ=...))
elif -k and F"""\n"""[.5, value].x and j ^ value:
	
	(not self >> 42) + (count / "(x)") ** __dunder__()()
	j = x(*items(_, self, y), *items - x, """it is""" < None)
elif (__dunder__ or """(x:>(w))""" r'''it is''' F"""{x:>{w}}""" or rb':)' Rb':)' or 1) - (r'''é''' >> i):
	j = value = (1_000)
	_ = [z >= r'' is 2j > k, ~items, 10. if 0x1f else '(x)', x <= ñ not in r"(a[0])" <= ...](y < result, *[café for (a, total) in j if i for total in f'''''' if value]().x, [i, *b, ].y[a])[:]
	__dunder__ += __dunder__[[ñ, obj, y](*r"", count):'''it is''' or "\n" """"""].__class__
[~None, 0o7 % (1_000) - k(), [True, result, ] or not _ or r"it is"[data] or -items, (_() << (Rb"text" <= total in result not in café))]
value = b[{ñ, _}[_].items] = items(**total ** k, **a[k, None])
assert (lambda p={F"""it is""", z, f"100%" r"(x!r)"}(self)[data], b=café.y: __dunder__) if value << 2j else (*result, café, total)[:]()[F'''{x!r}''']
