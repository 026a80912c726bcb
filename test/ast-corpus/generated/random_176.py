lambda s, b=....x, q=y ** z, *d: ((j if 10. else data) and (_ & b) and (r'(x!r)' f"text" or None or True)); value = (__dunder__ ** café) ** k.y
for n in ~(n + b):
    {(1_000)[obj:k:y]}()[[result, y][self][x:total]] // (__dunder__ % x > (i := obj)())
    assert k
    try:
        x.__class__ = {3.14: n for (self, n) in b}.items ^ b"\\"()
        del x
        value = z.get
    finally:
        not {i ** y, _ & u"é"}().real
        value = ~(self in self)
        ~((not 10.) | """a b c""" """it is"""()())
match ~(x << ñ):
    case None if café.name:
        __dunder__ = (0b101 if u'(x:>(w))' else b) @ (y << '')
    case [{1: -1+2j, **rest}, []]:
        k = (0b101)
        count = z, k = (10.) in (f"""""" and _ and rb"""(y=)""")
    case None:
        ((2j).name >> (1 if value else None)) ** -(items or ñ)
    case _:
        result = -(not 0o7)
match (items >= 2j for (c, value) in result // obj for i in j):
    case ((Point(z=1)) as p):
   
        items = obj.value
        _ = ~10. if data else +10.
    case [a.B({}, True), 's', (-1 | x | 1.5)] if x & self:
        n = --_
    case {**rest}:
        # comment
        (obj, *x, a) = {**(obj // False), f"""😀"""(a, z=0, **y): not 0o7}
    case _:
        import os.path as p
        # TODO: x
        obj = a[(.5)[result]] = u"""a b c"""(count=10.) ** (n == k <= obj)
global n
b -= (z := f"""{a[0]}"""[:])
match F"{x:>{w}}":
    case {**rest}:
        not j(result)(n, _=j, **False).items / (lambda e, a=(lambda a, *d, p=not items, **c: café), c=__dunder__ | items, /, *q, t, p=(c if y else count): """(x!r)""")
        import os
        pass  # trailing
    case b'x':
        n: (42)().value = (a or z or count or café) and total ** z
    case ((-1) as whole): pass
    case _:
        -((0b101 >> items) / (items / 1))
@(1)[0]
def n():
    k = (3.14).items[n ^ F"\n", 3.14 & z]
class Z(metaclass=a):
    assert ~data.value[_, 1e10][1e10], b[items][:x:_]; '\n'() ^ (2j)(items ** i, ~z, i(*result, count=k, result=ñ)(**data, value=__dunder__))("(x!r)" """é"""[0x1f], **(lambda a=(lambda t=j @ 0, s=c ^ "(x)" """tab\t""", q=obj * b, *d, b, e: i), q=a != 0b101: c))
count %= c.y.real if {}.get else u"""(y=)""" >> 0
