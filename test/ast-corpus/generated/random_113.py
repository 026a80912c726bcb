café = (0o7)(**value, self=count)[1e10](u'''tab\t''', **items) ** (obj and y)
café.name = ~(lambda c, b, e, *s, a, d=None(**result)[data](a, _=_): value)
total = "(x)"(obj) or -0o7
# é 😀
result = (k @ x and 0b101 < False < café)
	
with True(u"""(y=)""" f'' "(x!r)", **y)(ñ, ñ, '''''')(42, x) @ (value := None)(*value, a=x), (_ or café or obj) or (0x1f) or (0o7)['text']:
        # TODO: x
        (__dunder__ is (items[j]) <= result - k != result ^ c) ^ (1 << b) / ~obj
        if {z: rb'''(x)''', obj: y}[y](*café) is (3.14)["\n", data].x[1e10] is (*1, i, total, Rb'\n')(None, j=__dunder__).value[total, data] == Rb'text' ** 3.14:
                data.keys = ({None << x, (2j)[count], _(x)}(b, *(café, .5).real, c=r"tab\t"().__class__).x)
                c((1e10).get, k=(lambda c, s=F'a b c'(x, r"(x)", j=3.14): result) if '''text''' u"(x:>(w))"[items:0o7][__dunder__].items else None if x else '(y=)')
                if (lambda s=z // b, b=j % "(())": self) < x ** data < u'''(x)'''(Rb'(x:>(w))') == value.get[j]:
                        c = (lambda a, t, p, *s, d=(__dunder__ for count in r"(())" if value for total, ñ in result), b: -0b101)
                elif {x(r"""😀""", j, **ñ)(self, data, z=rb'(y=)'), 3.14 or a}('\n' 'text' """(y=)"""(b"a b c", *b, **False), (2j).value, *rb''.get):
                        b = {}.keys.keys(*(a is 3.14 is not .5), result if 42 else 3.14, count.items)
                        (y() or k + 0) - ([u'', ..., result][:result:self]()(*x) >> False ** a)
                else:
                        i /= b'''a b c'''.get.real.x / (count @ u"(x!r)" "(())" "(x!r)")  # trailing
with ('(x:>(w))' in None > value) / ~k as z, rb"(())"(True and F"{y=}" f'tab\t', *~10., '100%' | 42).y:
        value = a = r'100%'
try:
        match rb'\n':
                case int((({}) as whole), x={}, y=[x, -1+2j]):
                        j = result = (f'''{y=}''' "é" >> y) % ('''100%''' >> j)
                case [a.B(True, 's'), ([] | a.b | [])]:
                        lambda *b, e, t: ((1) >> (Rb'''100%''' & n))
                case _:
                        x = (lambda **t: u"""(())""")
                        [j, z] = """é"""(True or k or total or a)
        while (lambda p=café if 0o7 else __dunder__, t=0o7 and ñ and 1 and value, q=value or (1e10) or 1_000, *, a: x * i):
                nonlocal k
                café = u'''text'''.name ** (1e10 if .5 else result)
                break  # trailing
        try:
                obj.keys = (*n, x, result)[j] >> rb"text"(*b"text")[z:items]
        except Exception: j |= (i := _.y)[(1_000)(1e10, y, self=x), x // 1]
        finally:
                @(2j)[:2j].keys
                def result(*a: z - data, d=data & False):
                        return ((b"""(a[0])""" is j is not 42 < total) % -3.14)
                        # type: ignore
                        ñ()
finally:
        # TODO: x
        ñ = None[.5 and data and j]
	
from m import *
