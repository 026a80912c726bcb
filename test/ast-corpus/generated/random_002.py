# é 😀
a = _ = (0b101).value
obj = (True and 42 and """tab\t""" """(x!r)""" u"""a b c""", +c, i[value].get)()[-a]
with (j if 2j else .5) if (+items) else (obj + c), [z // i, ]:
        if ((3.14 == i < ñ) ** {**z, rb"(x:>(w))": ...}().value(**b"(y=)")): from . import a
@(10.)(*42, **42)[True, n](__dunder__, **count)
@[a, *data][k:Rb'it is':y][2j]
async def x(*b):
        for ñ[not self] in (.5 ** items) ** ([obj, ][Rb"(())"][:obj]):
                if (yield café) * value[:value]:
                        _ = +(total if z else total)
                elif (yield b'''a b c'''):
                        k = (1_000) not in (lambda a, c=3.14 >= True <= False not in b, *t, p=1_000 << c, e=items < Rb"""(x!r)""" != a, **d: b)
                        (1_000)[('''(x)''', (10.)[_], (1 async for (j, total) in total), ({z: café}(**obj)[42].value))['''''' % obj]::_.get >> (lambda c=__dunder__ * obj, q=self * count, b=-data: 2j)].y
                        result /= total[:'''100%'''[F'''{x}'''][k](*data, 1, **c):(not c)].name((data.name(*count, _)), value or f'''100%''' or items or obj)
                elif __dunder__(**False) @ {f'''é''': 2j for (obj, obj) in b}.x[a][1e10]:
                        __dunder__.get = count.y = None(self or count or "é" u"it is" or data)
                        assert ~café; yield {r'it is' f"""""" for total, items in b}(Rb'''tab\t''', b='''a b c''' r'''(a[0])''' F'a b c', j=items) if a(ñ, count) else self
                else:
                        x.keys = (lambda a=obj(result, obj=1e10): (False if j else _))
                obj = """(())""".append % k(*__dunder__, _=rb"(())", total=1e10)(j, result, **c)(a=result)
        else:
                obj = (1e10).x and (1 and r"""100%""") and value >> i and self is not k is _
                @ñ
                @(42)[value, n](1e10, ..., café)
                def c(*, d: -self, **p: y / _):
                        return _(c if c else 1, 0o7 << total, 0 + __dunder__)
                global y, ñ
data, k = value = (.5 & obj) + 0o7 // result
assert (0o7)(x, 'é', 0x1f)()() % (b >= i), (10.)()(k, count, k=k)
b"\\"(not _, a(y, i, *1e10))('''(x:>(w))'''[k], False // result, **+j) + {1e10: 1_000} @ (0b101 & a)
