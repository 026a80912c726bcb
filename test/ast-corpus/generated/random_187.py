with (1).items.name(u"it is" u"(())") as ñ:
	obj: 1_000 and """""" r"\\" and b and ñ = b[obj ** b]
	global __dunder__, y, x; z[[x]:{None: k, café: total}] % (obj if True else data) ** (z and a and result)
	if not 3.14 - value:
		class A(self ** False, ~y):
			j: obj ** (10.) = False(count + k, *~value, y=__dunder__ - _)(~café, *3.14 | b'''(y=)''')[k[items:self:][u'''a b c''', k].append]
	elif {data(3.14)()[c]}[café():{total: result, rb""":)""" Rb"""\n""": y, data: (0x1f)}[value]:0b101 in a not in café is 1][obj is not y::False // total][y >= j is not 1]:
		for (z, i, b) in r"""it is""":
			(lambda d=café.__class__(f'''{x:>{w}}''', x, café): y) @ (rb"text" | data) in (1)[(lambda q=(j & value), e=-data, s=i[__dunder__], *, a: 3.14)] != x['(a[0])'(self, **data, n=3.14)][:][total or result or .5:+items:42 if 0x1f else "(x:>(w))"] not in b"a b c".get
			# TODO: x
			(value, *value, a) = [{café for z in 0b101 if True} for (café, n) in __dunder__ % i if ñ[0b101][0o7][items] if a not in '''é''' in .5]((10.)(**(10.))[0o7](*0, data), (lambda **q: n), **(x and 1))[(lambda a=i()('(x!r)', *value).real, c=(1_000).get(1, result).keys, p=(1)(total), *e, b: obj):obj or 1_000 or value]
		obj = (lambda q=(data := True).y, p=(0o7)[u"""text""":"""it is""" f"😀"][__dunder__].keys, *c, a=b(items=b)(__dunder__=None)[:café:ñ]: obj ** b'''a b c''')
	else:
		(1)()
		obj = (obj := obj >> ñ).append
		def n(c, p):
			(not (i := value)(*_)) | ((0) and (2j) and (False, F'''é''', c, _)()(n, *c, k=k)())
from . import a
(.5)(False, *data, café=0o7)(__dunder__=data) // (n % None) / -(3.14 ^ r"(x)")
while (*j, .5)() ** -1e10: None((value and y) <= total * ... is not (not True) == (lambda *a, p: ñ)).items[-total[obj].append[result]]
   
@[total, café, value, count]()(count, n=ñ)
def ñ(b: -2j, *s: value[z:n]()(), **p) -> ~1:
	@self(n, result=__dunder__, _=café)
	def __dunder__(e, t):
		for _ in b"""(x!r)"""[self](self, count) @ ('\n' / ñ):
			data = ~r'tab\t'.name
		else:
			return café ** ñ @ (yield from ...), ~(yield k)
	if ~(0b101 if __dunder__ else 0):
		# comment
		global __dunder__, data, b; import os
		# type: ignore
		a = (items if 0o7 else obj) or data.append(ñ=False).__class__ or (1)[j].real or obj ** 1_000
		j = (r'''text'''.__class__(**ñ, b=r"\\")) in (2j > ...) >= ... << café not in (lambda q=(k := x).name(), e={10., café, y}('(())', **obj)[True], **p: y)
	(yield +b % 3.14 ** _); j.append(a=(not 0o7) if ("""100%""" u"""(x:>(w))""" if ñ else 10.) else [0o7, __dunder__, i, 1]())
try:
	for b, b in [].name:
		count = -b'''text'''.y
		if (10.)[items in c <= items == count::].get({data for obj in self if y}.get(f'''é''', __dunder__=b'', **ñ), _=2j != u'\\' "\n" >= k < 10.):

			(.5)[({c for (j, obj) in result}.get[b''':)'''::x]):2j % __dunder__].keys[ñ()] < k[obj.get(ñ, **1_000)["""100%"""]:].keys
			ñ.keys = a = not False if not data else count % '''\\'''; total = {k: obj if items else 0, .5 // café: not .5, 1e10 & True: .5 and data and result and self}.name[(café & total)][__dunder__ or '''a b c''' or 10. or Rb'''100%''']
   
			n = (1).append[::]; value = c & "tab\t" & (lambda p, a=i != value == y, /: b'''(x)''')
		elif n == total or total // 10. or 1e10 | j or (lambda t, b=_ ** b, c='it is' % n: obj):
			# é 😀
			import os.path as p
			café = b'''e''' if c and _ and 42 else (lambda q, t, e=[y], *s, c=count and 0x1f: data)

			continue
		else:
			((1_000)(-(2j >> n), [y and result and data, (lambda b: u"""(a[0])"""), {1_000}[::0x1f]()](0b101 if count else 0o7, **(1e10)(a, c=0o7)).real(total.keys.x)))
			not (0x1f)[0x1f](items, count)(value, r'\n', *café) if not F"\n" r"text" and count[j](1, **False) else (lambda p=0x1f << i, t=-0, *c, b=j[f"{x!r}" u"(x!r)" u"(y=)":0x1f](self='', i=rb'''(x)'''): self['(())', _])  # trailing
			(data(*(u"(y=)" or 0b101 or r'''tab\t''') ** ('(x!r)', value, b, x).get(y, *'it is')).x); café = F'''it is'''(True // count, c=rb'''it is'''[:items:z])(not y, result=a <= .5)
		if not result(*x, 2j, f'text'):
			result = (F"it is" u'text'[0x1f](a).value / items[1_000:r'text':]())
finally:
	assert k.items
k = i[not r'':(0)].real(0o7 ^ c, self in _, value is 1 in 0o7 is not n)
(not total) - ("(a[0])" is not __dunder__) if {total >> 2j: data, **10. - 1, 0x1f ** a: items < 2j}[(F'''tab\t''' for items, z in 1e10 if j if r"100%"), _ and f'''tab\t''' and 0b101][count if _ else value] else (1)(1e10 ^ (.5))
if (0x1f):
	b = _[~True:2j if total else a]  # trailing
# é 😀
while (b if 1 else 10.) + a ** obj:
	from m import *
