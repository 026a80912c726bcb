z = (not b'(x:>(w))') ^ {c}.value(café=count)  # trailing
@(0)(i)[.5][c, obj]
@{j: n for __dunder__, c in rb'(x:>(w))' if i if j}(x, a)(b"""a b c""", n, **r'it is').items
def a(c: self @ b):
	(_, __dunder__, café) = y = (n is b"""(x)""" is not i == obj) & (value in j > value)
n = (0o7)(b and c, result not in rb"(x:>(w))", ñ=count >> False)()
__dunder__ = y = ~k * (z / total)
for (n, café) in lambda: a.value:
	b = n = (obj is not __dunder__ in 1 <= 0, -c, ~1e10)[0o7 and 42](ñ if count else _)(k=1_000 * j)
	# type: ignore
	nonlocal ñ, café  # trailing
