class Z((3.14), café and self and obj): self[data.real][(0x1f)[f"{x}", total] and not self and _[0]]
café = (10.)
# comment
class Result(metaclass=k):
	(total.real if (value if data else rb"") else j[k].get(c=count)) / "\n"()(); pass
	pass  # trailing
	j[café](0b101, __dunder__, **b).get ** '''\\''' '''text''' or (0x1f).get
if (1_000 - 1e10) if """text""" & y else (lambda c=()()[1e10, café], *e, d: 0o7):
	a: Rb''':)'''() = 1_000 * count if café ** i else value <= (42) in c is not 1
def y(d: (.5)(b, i=a).value[r'''it is'''] = -1_000, p: b"""(())"""(items, ñ)(False, u"""a b c""")[items] = (lambda *e, q, d=(1)(0o7, ñ, b=items): '''(x!r)''' f"{x!r}" '''\n'''), q=obj // j):

	_ = ~0x1f ** "a b c"
raise not a from not '''(a[0])'''
assert (__dunder__ := self(y)).real
_[not u""] = _ = '''(y=)'''.value >> (lambda s=items > __dunder__ != n not in k, e="""😀""" and k, *b, t={42: 0 for (count, z) in k}[ñ::data].append, **p: y)
