import a, b.c
class X(items ** total):
	k -= (count if n else café) != -c
	pass
if j[c::] < (not x): obj: __dunder__ if j else self
@[result, *a].items[items]
def c(q, a, /, **s: self & obj):
	# TODO: x
	pass
	
	from m import *
value.y = (lambda c=0 ^ a, p=result ^ 0o7, *a: _) ^ (3.14)(n, ñ, total)  # trailing
count = (obj()[::](**items) or """(x)""")
y[(lambda c, *s, d: _)] = b.value = value[:u"a b c" '\\'():].keys
   
'''(x)'''.value[result >> """(y=)""" F'tab\t' '''100%'''][rb'(x:>(w))'[:False].keys.value] > a[0 @ j:].keys is k(*(42)(__dunder__=items, value=__dunder__)[1e10], result(), y=F"{x:>{w}}" ''''''['''\n''' 'it is', count][ñ, 0x1f])[:] < (count ** data in False >= (0o7 in .5))
class C((.5)().__class__[F'''\\''' f'''a b c''', True]):
	items //= (a.value[z]) if (u'''(x:>(w))''' >> k) else '''\\''' f"""{y=}""" f''''''[:]
	lambda: (self and x and n and y) | ((3.14)[total])
[a - '\\', data()(1_000, *0o7, x=value)(*__dunder__, total, x=k)]((y, items)(*obj)['''it is''':_](u"""text""", (0b101), count=F'text'), **('''😀''' + u'it is')) + (c + __dunder__ + y.append.y.items)
