class C((.5)):
	y[+0x1f] = {}[data >> result::](b=(2j)(1e10)(y, c, value=self)[x])[value or café]; r'(x)'[not c % (2j)].y
	# comment
	total **= {j if __dunder__ else c: not 0o7 for (total, z) in {0b101, j, i}(0x1f)}
class Obj((not 3.14)):
	global k, i, j
	try:
		@__dunder__()()
		def result(*a, b, s):
			del café
   
		while not ~_:
			a = (__dunder__ & rb"\n") ** (0o7 in x not in total)
			from . import a  # trailing
			("" """é""" ^ b in café // r'text') if (rb'(a[0])' @ ...) ** b"""e""" ** '''(a[0])''' else 'é'
	except Exception: _ //= 0b101 @ 2j >> _[42].y[z]
	except a.b as err:
		lambda a, s=(.5), e=~__dunder__, /, *, d: not r'tab\t'[F'''{x:>{w}}'''][42]  # trailing
	finally:
		ñ = n(**__dunder__ >> z); b"\n".value
([](f'''{{}}''', j=__dunder__)(..., *y)[:j] >= (obj is not total is 0x1f)) - data()
self = y[{data: x}(c)] = (True << n) - self / 42
