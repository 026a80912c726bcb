class N("""é""" is not j is not self, value if b else j):
   
	pass
result: b'''(())''' = a[a]() or a and a or {1_000, b, False}(x="(a[0])") or ~__dunder__

if (_ > 0x1f < _ in 1_000,).append(*{count, 1e10}(*total)(i)(f'''😀''', 10., __dunder__=0)):
	((....name or result % self or not café) << ((1e10) >> (not (0b101)))); ñ /= value / False > (not items)
@total["(x)"](.5, y, 0x1f)
async def _(c, b):
	class Ñ(a @ ...):
		@{.5 for count in x if 0b101 if b async for (data, ñ) in total}[_].x
		@b[obj](count, y, *1).x
		async def __dunder__(a: (1) ** Rb'(y=)', q=ñ if n else items):
			k: count if 1e10 else f"{{}}"
		try: result = rb":)"
		finally:
   
			from m import *
			pass
		from ..m import (a, b as c)
b = .5 << ... if not 1e10 else '''text'''
for (*self, c, a) in [(False.real) for (x, c) in c | count for (value, a) in 10. and obj and f'it is' and 0x1f]:
	data &= j or __dunder__ or ñ or rb'e' b"(a[0])" if rb"""(x:>(w))""" << result else y - 0o7
else:
	(3.14 >> c == F"""{x:>{w}}""" & u'(a[0])' is not y < {}) ^ ((not 0) not in data(.5, (3.14)).append is (self and r'\\') is (y if r"""😀""" "" f'é' else i))
	if c[b] is not ñ < (ñ if True else ...) != c[café][a]:
		café %= i()
		def data(c: y <= 10., *, b):
			z = ñ = (True.y) * {a, 1e10}  # trailing
	elif -b % 1_000 ** f'tab\t': y = {count[2j:j][café:0x1f]: c.x, **(1_000)(None, 10., items)}(0b101 if i else b, i=(3.14), café=ñ if __dunder__ else total)(1 ^ data).y
	else:
		c[{1_000, ñ}[:]] = None[y & "é", y / items]
		items /= (0).name[z]["(())" f"""""" * 10., 1e10 + 0o7]
		try:
			(__dunder__, value) = 0b101 <= items is r'''(y=)''' if obj & ñ else ~"""(x!r)"""
		finally:
			*i, café, j = (~count) ** i[k](F'''\n''', *j, x=x)
	from . import a
# é 😀
ñ = """(y=)""".__class__
self.x = (items or 1_000 or result or (1_000)) @ x.value["\n" '''(x:>(w))''' """😀"""]
