@{'''(x:>(w))''', i}
@count
def café(q: __dunder__):
	"""😀"""([f"""{{}}""", F'''it is''', .5].get(self=r"""\n""" u'é' '\n') / (1e10 ^ i), (1e10), not (0o7)(*"", k=0, **2j))[((n >= u"""\\""" not in _ not in .5) ** (a / __dunder__)), (0o7)(__dunder__=(-2j))]
	z = ~{obj: '😀' f'''\\''', n: __dunder__, ñ: count}[::]
if [](c['\n' u"text"][True::], c < x == True is Rb'(y=)'):
	x = (r'é',)(*z) and False << a and result == True != 1_000 is not 0x1f
elif a == 10. is '''a b c''' < 10. or data + obj or data and k and 1_000 and 0o7 or +_:
	(~2j @ (value <= True), data).real
n.x = __dunder__ = i ** 3.14 * ("é" 'text' >= u'(x)' in rb'''tab\t''' >= False)
import os
data.__class__ = self(café ** ..., z in y is not c)
while value:
	rb'it is'
self = (~'''(())'''.name)
# TODO: x
@n(café).real(n, None, 0b101)
def _(*b):
   
	items: _ or False = +u"(y=)" if .5 and count else (yield)
match (... if n else count) ** k.items["""(x:>(w))""", value]:
	case {1: {1: b'x', 'k': a.b}, a.b: [True, b'x', 1]}:
		raise .5 is 42 not in 0b101 from _(_)
	case {'k': int(-1, a.b, z='s'), None: int(x=True, y=b'x'), **rest} if data - items: pass
	case Point(): _.x = (x and 1_000 and y and self) and ~data and ñ.value[count:a]()
	case _:
		café = (lambda d=1e10 @ a: '''(y=)''') - z(0o7).keys

if (2j)[value or café or rb"(())" or z].real.y:
	(n, items) = count = [].name
	self = value(k=f"text" u'(x!r)' u"""tab\t""", ñ=z in r'''(x)''')
