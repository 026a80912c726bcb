value = total // 2j & (self or z)
	
data = [café, '''é''', Rb'text', i] / j; [count, z, data] = (-(y @ Rb'(x)'))
   
*z, self = ((i in n) // (total > y))
while i.x(1 % 1_000, self[0], n=rb"""(a[0])""" * a)((0x1f)(**b'''(())''', k=y)[:0:], items=(10.)(b).__class__):
        class Café(count.real.keys[x]):
                pass; c = r'\n'
# TODO: x
with i.y[.5 ** None, 0 and _ and '''(x!r)''' and count], (café, result, b'tab\t', r"(x)").keys()(*10., result=data) and '''(a[0])'''()[1_000::b'''\\'''] and (rb"""(a[0])""" for (items, b) in 1e10)[n][1_000:][z:] and self[i:items:]:
        [i, result] = (i or j) @ (total is rb"""(x:>(w))""")
for c in (2j) ** 1e10 ** n: self[(value,)(value=j)] = ñ = (lambda: 0o7 ^ 0b101)
result = (items((_ := j)(b)(_, b=b, data=3.14)(), __dunder__ << items)().y); obj: u'é' if 1_000 else obj
