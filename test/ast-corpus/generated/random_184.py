# é 😀

def c(*t, d=a or 3.14 or Rb'(x!r)' or count, **a) -> ~items:
	# é 😀
	c = (2j)(result % result, """\n""" if c else 1, +k)(j=0 > self not in 0o7 not in data, k=value // b"""tab\t""")
obj = r'text' * items - b * None
try:
	
	class Obj((1), (0x1f)): k[total or 2j] = j and (n or j or total or total)
	import os.path as p
	not (1 or k or b"\\" b"100%" rb'(x:>(w))' or b'(a[0])' Rb"\\") and (not b'''e''') ^ (b"""tab\t""" if j else 1e10) and ~(value @ i) and ((b'''(x)''' and j) and a ** items and F'tab\t'(10., (1_000)) and "(a[0])"[True, 1])
except* E as err:
	n = c.get = ~{(1_000): y for y in data for z in r'a b c' if c if 1e10}
raise None ** result
data = rb"100%"(u"""\\""", *F'''{x!r}''')(count=total, result=a, total=z) @ (j * count)
i = +j ** j
del result[{2j: result for i, __dunder__ in f'text' for __dunder__ in obj}(i=items, z=data, _=Rb'''tab\t''')[:y:](c, a, i=café)], café
class Count(metaclass=a):
	match c:
		case (int() | ('s' | [])): raise self and True
		case _: n = j << (rb'100%' rb"""(())""" <= """\\""" != k == x)
   
	(1e10)[1_000 ** count] ** i
a = value
