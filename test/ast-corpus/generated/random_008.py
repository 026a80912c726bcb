with obj[r"""(x)"""](c, n, **y)(café, b, *café) // (not _) as ñ.__class__:
 pass
   
 -count / (items if b"""100%""" else 0o7) | (0o7).items()
for y in (i and total and ñ) is (data >= self):
 i, c = __dunder__[(.5)[f"100%"][café]] = self == 0x1f is not ... and {obj: None, k: .5}
 (lambda **b: café[value].get[a]) ^ {0x1f == self: (10.)[0x1f], -self: count % 'it is'}[(i ^ data)]()
 x *= k ** self != (data[2j])
	
with [b'it is'][(0o7)][value] if (value if i else True) else j and count and 1_000 and b'e', ({-self: """tab\t""" + 0b101, ñ * __dunder__: "text"[0x1f](data, *i, obj=r"""a b c""")[3.14]}[:c and 1e10 and 0x1f]) as value:
 k = f"{y=}"[obj][café, x] % +0
 ñ: ((0x1f)(f'{x:>{w}}', (1_000), *x))
 f"{x:>{w}}"[3.14 @ F'\n' and items(0, items), rb'(y=)'[:.5](b, 3.14) ** data ** value][(__dunder__[y or result][("""""", x, obj, j).y['''\n'''][0o7], c if ñ else None])].x
	
class X(f"{a[0]}" @ z, False(n, y, a)()):
 i.real = 3.14 @ x ^ [False](b, k=42, **total).append; [data, c] = not 3.14 in '(x:>(w))' '''100%'''
if y ** _ / (value << x):
 total = k = j // '''tab\t''' if data % j else ...
 # TODO: x
 raise
else:
 n.name = result.name = u"""it is"""().y[k, data] @ (i and x)
x = value = (0o7)
