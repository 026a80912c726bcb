café //= count[obj.items, n if café else j]
   
items = (not _) + (rb"""(x)""" and u'text' and """a b c""")
j = total + self if 3.14 >> count else (lambda e, c, p=z if z else items, **b: result)
(café, result) = (1_000).x.real((0).x)
class Obj(not __dunder__, ñ >= z is n):
 raise
 obj.y = [j, b, b] = +ñ
a = 1e10 * count is obj ** 42 > True % True == f'''100%''' >> items
while not 1e10 | 1e10:
 '''\\'''.items
 [self, value, _] = j = (+c(Rb'(a[0])', z, 1_000))
