# TODO: x
(1e10)(result=café)("""(x)""" "", Rb"a b c", **None) // (not 2j) if [42, n, r"""tab\t""", café].real.get() ^ (not 0x1f) else _ and 1_000 or (1e10) or data not in y == 2j or ((3.14).__class__)
(*z, z, result) = (+(rb"""(x)""" | j))
(0)[:(j for c in obj if (0b101)() for data, obj in _ and .5 and 3.14 and value if """(y=)""".__class__() if 0o7 ^ result).x:].get((0o7)().get[obj, 1] <= ("""(a[0])""" and result and 3.14), i((lambda t=...[i], s=0b101 not in 0o7 in y: .5), (0o7)[j, j].real, café=not y)[value if self else j, f"😀"])
@{items, total}
@r'''(x!r)'''.x
def ñ(b, /):
	self = (b'''(())''' == c is not 1_000 if rb"""(x!r)""" is not result is not c else i[_, 42].items)
with items[(lambda s=total(value).__class__, a=(lambda a, *t, c, q=(lambda t, q: total): data), p=~total: '(a[0])' 'text' F'''{y=}'''), 1 ** 0][(0o7).y].value:
	if (lambda: x['''(y=)''']):
		value = n if k is not ñ else .5 - 1_000
	else:
		from . import a
	class C: nonlocal c, i
	n = None * (0x1f // .5)
{**obj(u"\\" '\n'), F"tab\t"[Rb"""(a[0])""", (0b101)][__dunder__, n]: obj or True or __dunder__, (*data, total, 10.): f'''{{}}''' * ñ} or 'a b c' F'''{a[0]}''' f'''it is'''(c, result=0o7, y=self) @ (lambda *p, **a: _)
match ((3.14)[ñ:count:i] < (3.14, j, j).y.items() is not (10.,).items.name == (not 1_000)):
	case 1 if (None,).value:
		value = y; ~café(*items << ñ, ñ=1_000 | count, j={1e10, j}.name[1][:data:]).items
		# type: ignore
		global _
	case [{'k': b'x'}, True, 1.5, *rest]:
		count = self ** __dunder__ is not (not z)
	case int(1.5, (None | True), y=({} | 1 | 2j), x=[]) if Rb'''(x!r)''' & 3.14: b ** ((False if rb'''(x!r)''' else b) or (lambda q=1 | a, t=[](__dunder__=result, data=self, count=u"""tab\t""").real.value, d=not items: total) or [self, count][b])
	case _:
		n.value = (3.14 > self in value != F'😀' '''(x!r)''' u"it is") * z.name[i]
		items = obj[None if False else k:i[c, café].__class__]
