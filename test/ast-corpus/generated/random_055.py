while Rb'''100%''':
	raise None.x().__class__
if {b"""it is""" or n: data(r"it is", data, 1_000) for j, c in (0x1f)[:][:1e10:items][café] for (i, j) in obj in b'''e''' if (0)[10., self].append[f'''{x}''']}(__dunder__[self, data][y, 2j]):
	class I:
		import os
	n = None.value != (lambda c, t, d="" / r'(y=)': x)
	result = Rb'(x!r)'.x(total=data ** obj).__class__
elif ~obj[:y:](z, 0):
	try:
		from m import *
	finally:
   
		class N(~self): nonlocal b, items, obj
elif (10.)(not .5):
	global value, x, ñ
# type: ignore
a = i[1e10:total].real.name == (value > j is not 1e10 is not Rb'''(x)''') > [False, rb""":)""", *value, ][0:True]
class Z:
	__dunder__
	@self(y)
	async def value(a):
   
		yield (lambda a=(lambda *d, t: 1e10), /, **d: (.5 @ data))
		obj.name = __dunder__[::][-"(x)"]
