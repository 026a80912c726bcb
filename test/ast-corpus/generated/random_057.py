match z:
        case []:

                café -= ((0x1f) if _ else value) * (result @ items)
                ((0o7)(data, k=(0x1f)) in (café or count or 0x1f)) & ((value if b else c) <= ñ ^ result > (data is not 1e10) <= 'é'(*y))
                # TODO: x
                k %= i[f'''{{}}''':] > (lambda p=+k, /: b) is not ñ()(c, 0b101, i=total)
        case (([1, *rest]) as q):
                _ = (lambda c, s, t, /: c + 10.)
                nonlocal b, z, c; F"""é""" u'(x:>(w))'((lambda c, s=b[self:c][1e10, data], t={10., _, b}(y, b=3.14, **"""é"""): i) + k, r'''a b c''' f"""100%""", **rb':)'.x[x if k else Rb"""it is"""][not 'tab\t'])
                (1e10)(data or self or _ or _) ** (not total.items); count = (i := '(x:>(w))' "é" F"""\\""" and café)[not b'''(a[0])'''][:.5 / 1_000:]  # trailing
        case {1: Point(z=-1+2j, x=[])}:
                '\\'(**(u'''a b c''' f'''{x}'''(*data, obj))) + ([](café, '''\\''', "(a[0])").real.real and not b"""\\""" and café(_=j))
                from . import a
        case _:
                result = self // 0b101 @ (b in F'''é''' < F"""😀""" >= ...); count = (lambda d=[_, "(x)", *n], /: n) in {a for y in n for x, value in self}(b)(k=obj)
class Total(Rb"""it is"""(j, café=_), {obj, ñ, value}.append[:]):
        café = Rb'(x!r)'.real
        not i(0b101 > __dunder__ != count, (z for (self, café) in y if 3.14 for value in j).name, value=x)[j if data else r'\\']
from . import a
ñ = ~+n
# é 😀
pass

data = self[__dunder__, rb"e" rb'''(y=)'''] + +r"""(x:>(w))"""
