@data[True][b'(())']()
@y(3.14, b)[1]
async def y(q=z + total, e=10. << k, c=0b101 ^ 1_000, *a, b: (1_000)[j, 42], s, **t) -> [b, 'é'].real:
	a = [k, *a] = not ... / j
	self @= _
	# TODO: x
	return [].keys
def j(*, c: (yield from 0o7)):
	x = yield
	assert {~1_000 for (items, _) in value[x](value, j, True)(*.5, **data, self=x) if (2j).items(y, self)}.keys(1e10 % True)
__dunder__ |= a[z << value]; b = F'{x:>{w}}' ** j if j().name else ((3.14)()[a:result:][value])
if -c[ñ, obj]:
	x = {~42: (0o7)[z, 42][_], j ^ rb"""(x)""": obj(10., total, 2j)(*café)(..., None, n=x), **i >> ""}[10. - x](+data, i & y)  # trailing
elif -n * ("\\" "it is" '\\' + 1_000):
	items[[0o7 for __dunder__ in 1 if ... if 1e10].keys] = c.y = [] @ (k == result == c)
elif (1_000):
	k.y = obj = f""""""
	count = café = z.keys[c, y].x ^ (c if result else n)
	del y
else:
	count = items, total, _ = b'tab\t'(*x @ False, ñ=F"\n"(r'a b c' f"tab\t", .5)[1:](1e10, **obj, **None), j=ñ >> j)
match (items or n or items or data) ^ ñ - None:
	case -1+2j:
		self = __dunder__[.5, obj][::"""100%"""] % (lambda c, p=(lambda a=2j + x, t=(+j): a), /, *e: total)
	case ['s', (('s') as q)]: y = rb'(())'
	case _:
		value.name = (self, y, obj) = r"100%" '(x!r)' u'''\\'''[y > n]
def obj():
	a[_ @ i] = café[f"""{y=}""" r"""(())"""(self, a, n=k)] = (value or i or False or _) // rb"(x)".x().append
	yield b"""100%"""
	# é 😀
	_ = data = __dunder__ ** 3.14 is i ** x > +result in {b: total, **0x1f, 0b101: c}[count, i]
ñ -= -(__dunder__ if total else j)
if (lambda t: data) or Rb"""tab\t""" | y or "(x:>(w))"[value::items][b].value or (0).value:
	j[(a if _ else j)] = (1_000)[items().items.__class__, count >= self is not k == count][f'''\n'''[n::i](n=_)():+0]["""a b c""".x::]
	j = -rb'''text'''  # trailing
	k /= _
elif self() ** {1: "tab\t" for café in u"it is" if j for (c, café) in self if .5 if z}(None, u"(x)", n).y(0o7): obj.items = z = f"it is" & -1_000
elif (.5)[(0)(result), data // '''é''']:
	
	z %= z.x.items
else:
	i(ñ[3.14 and "100%" f'''\n''' and y and ñ:], (-(c @ 42))).name; nonlocal z
i = (lambda d, b, p, /: y // u"""é""")
class Value():
	+("""it is""" and k - True)  # trailing
