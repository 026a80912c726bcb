count = f'{x:>{w}}'(**c[k])(False is not 1_000 in items == 2j, None, _=result is not 1 not in obj not in Rb"""a b c""")[3.14 >> total]
(1_000 or obj) & -count < (c + 1 and _.y and not b and c['''a b c'''].x()) >= ((result if u'😀' f'''😀''' else r'text' F"""{y=}""" F'{a[0]}') and (False, 0x1f)[result:] and ((b"\\", y, 42, '''100%''')(*'\\', x, count=10.)) and r'(x:>(w))'[10.:]) >= ({}(z, **b)[k] if b':)' b"\n".__class__.name.y else b"(x)" ** a)
try:
        # comment
        for ñ[(0o7).append] in (1)(total ** rb'(x!r)', -value, ... not in 0 in c in b):
                (not """(())""" u"text" if 1 and (0x1f) else i != k) + '''(())'''

                items = b = ~(42)['(x:>(w))']
except (ValueError, TypeError) as err:
   
        (~0x1f and (2j)[b]) % ((j and b'\n' and total) >> -z)
        x: count or F"{{}}" or items or c = not 0b101 // 0b101; raise ~0o7
except E:
        c = u"" in F"""{x!r}"""[10., 0x1f][:items][__dunder__] not in y(42, **F'''\\''' u"tab\t", **b'\n')
        j = (lambda **c: (1_000) + y)
        match a.items[café] < (items := 1e10)(10.).x > '(x)'["""(())"""].real[.5]:
                case int():
                        del k, obj
                case _: obj = ((.5)[(1)[self:y][_:"""text""":False]])
def café(d, t, a, *p: ñ - result, q, s=(lambda p, q, c, *t, a=_ - 1e10, s, **d: "é")) -> data and 1e10:
        k.x = {n(y, "100%", i="""100%""" """100%""")(total, *j): _ / i for ñ, b in ... << i if False() if [x, __dunder__, total, *3.14, ]('text' r"""(x!r)""")(obj, ñ=value, **b":)")}((result and i and 0 and 0b101))
   
        nonlocal x, obj
        @{obj for data in rb"""(a[0])""" if 1e10}(ñ, y, n)
        async def i(q, p, *b, t):
                assert value in (lambda d, /, *, p: 10.), rb'text' != i is 0
                ñ = (not rb'''(x)''' Rb'''\n''') ** (1e10)[items]
                result.append = j % 42 | data - y
del z.x
