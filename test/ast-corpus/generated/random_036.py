class Total:
        nonlocal i
if not 0 != 3.14 == 42 == F"{{}}":
        while not n // 3.14:
                not y
                ñ = obj(f"tab\t" and i and data and value, 3.14 ** _)
elif """\n""" F"{{}}".name:
        j = -None(*'(y=)', ñ=rb'''(x:>(w))''').items.items
        _ = total.y; n = y[(total,)[y:b]]
else:
	
        @{0b101: data}(0x1f)(z, total, result=True)[ñ]
        @(0o7).x.get.keys
        def _(e, /, *s):
                yield ()
# é 😀
@(1_000)
@(1_000)[:F'{y=}' u"""(x)"""]
def data(c, a: data in z > 1_000 < c, s: ((.5)[café:0]), *e: (0x1f)[self:k](0b101, *a, y=total), q: """\n""" * self):
        z &= (f'''{x}''' > None != f'it is') // (total + x)
        total.name = [i, self] = (2j)
        @(True for (x, items) in '(a[0])' if k for n, n in c)
        @(1).keys(data)
        def c(q: c >> 0, d, /) -> result ** a:
                while ~rb"(x)".real[z]:
                        # comment
                        continue
                else:
                        from ..m import (a, b as c)
                ~(data @ c) and (lambda e, **a: {**0, **.5}(42, z=.5)) and (yield ...) ** (not y) and {~y, {u"""(())""", obj, j}, count / total}
for obj in ~n[::][count]:
        # comment
        from ..m import (a, b as c)
        # comment
        k = total((obj := 1e10), not n, x(1e10)(self=b))
j.x = ~+a
# type: ignore
count: """(())""" """a b c"""(result, self)  # trailing
for *z, j, items in not ~j:
        (_, y) = (lambda: count or 0x1f or ...)
else:
        (x, data) = items[obj, 3.14]()(__dunder__='(x:>(w))') and c(b, z=b)[f'':][:] and data[z:] and y & f''

c: c(None, x).get  # trailing
