global value, b, a
class X(metaclass=value): ñ = z((0o7)(*z, **0o7).x, *value // c)
while not (result if rb'(x!r)' else result):
        i = [].keys
        data &= (b[data][0x1f, F"{{}}"]) >> (not data)
   
        break
(n := -(not i))
data = z[ñ ** y].y()
match ...()[n] | (value if value else value):
        case ((((a.b) as whole)) as q):
                [y, value, ñ] = (0b101)().x(Rb"a b c".value(count, rb'''e''', **1_000))
        case {}: ((1_000) if _ else items) ** "(y=)"(data, self)(x, *value, self=result)() & café.x
        case ((1.5) as p): not ((10.)(10. not in rb"""(x!r)""" is True).keys)
        case _:
                raise -x from value.append
for j, *value in lambda p, e, c: (0x1f <= k):
        del ñ, result
        value = {__dunder__ or obj or café: not total for n in n in None is not items if Rb"(x)"(total)}[::y ** k]
        j[r"""100%""" "(x)"()[k]] = ({} is not b ** 1 == {**_, True: """100%""", y: k}(a, *result, j=self)(None))

data = (0x1f if data else 1e10) - result(**.5); value = (0x1f)(count(café, count), [total](), café=(lambda t, c, e=k & 0o7: r''''''))
with --'', total @ x if k + value else data != 3.14 not in Rb"\\" as i, rb"(x:>(w))".y(10. and j and n, Rb"(())"(), j=(0)())[value ** self:(3.14).get(_, 2j, self)[a]]:
        (not (items := Rb'''''')(_, a, **n)(b, x, j=obj)) - [F'''{x!r}''' & b':)'](f'é')
        __dunder__ = (0o7).get
