match café[self]()(j) if _ / i else F"{x!r}"(self, total=total):
        case True:

                assert {(None, .5, _)()(..., z), n & ñ}()
                (1e10)(self > F'''a b c''' "a b c" > n == c) * (not data * 3.14)
        case a.b if x * result:
                ({c: 1_000, i: f'''\n''', 0b101: '(x)' u'😀' '😀'}.name is items ^ j is r"""tab\t"""(_, a, k=...)) ^ ((... << a) / (None if i else None))
                if self ** r"(x)" & (z & ...):
                        z ^= None() > __dunder__ != 2j % """(x:>(w))"""
                        obj = (not None) == (self != z is 1e10) <= [x, n, count][10.]() not in {b: total}[__dunder__::1_000]  # trailing
                        n = result = 3.14 ** ñ or obj - result; (k, _, ñ) = b * value if ~_ else value > 42
                elif u"""é"""(z, j) @ (rb"""tab\t""" or j):
                        b = a = count()
                        b = (10.).y.__class__[+total]
                else:
                        [a, x, __dunder__] = (0b101)(self, n="""é""") is not (c == 0b101) < {10., k, ñ}[café] == (1)[a][:"😀"](u'\n', b=0b101)
                # é 😀
                ñ *= (y[:u"\\" >= y])
        case int([x, 1], ((a.b) as whole), x=b'x', z={1: True}):
                count /= (3.14).__class__
                k @= (1)[0x1f - 0x1f]
        case _:
                -(1e10 / 1 and False @ result)
                y / 42 - (.5).name if (lambda: b or count or a or a) else n[ñ] or (1e10 or total) or (items if items else 1e10) or u'(x)' "(x:>(w))" '(x:>(w))' - 0
                (*(not (lambda q, *d, **c: False)), self()(False + __dunder__, None(_, **"(x)" F'{x!r}' r"""(())""")[1_000, data].name, ñ=+y)((lambda q=(1e10).append(3.14, Rb'it is'), c=c / k: """😀"""), *(not """(x:>(w))"""), f'''{{}}''' ** n), F'{a[0]}'.value, (i[b] >> (lambda t: 0x1f))).keys
count = [{0o7: total for (data, y) in 42}()[r'''(x:>(w))''', 1_000] for value, __dunder__ in b << ñ][((2j) if a else f"{a[0]}")]
with obj(1, b, c=a).x(value=.5) if r'''a b c''' else [0x1f, obj, r"😀", obj, ][f"""tab\t"""] as total.y:
        x = (10.)(not c, (data := obj), __dunder__='😀' r'(x!r)' '''(x!r)''' and count).value  # trailing
        # comment
        b = (42 ** __dunder__, .5 @ obj)
        k = _.get = (not 0o7) & None ** 1_000
if total(r"\\", café) - +1: value = (2j).x
@(a,)[items:j:obj][f"""{x!r}"""]
@count[__dunder__, ...]
def y(d, t=total << z, q=self if (3.14) else 0x1f, /, *a, p, c: Rb"(a[0])" and data and café and 0o7):
        return
def c(t):
        z %= -(0x1f / b)
if (lambda s: f'''\n'''):
        with False, (3.14):
                ñ = (42).x
elif self + data is not [self, *u'tab\t'][__dunder__] != {...}(b''':)''', obj=n).get.name:
        a.y = ({result: y, **1_000}[a].keys) / y ** 0  # trailing
        if {count, items}.keys or {... for total, i in b if self if _}(*Rb'''\\''')(1_000, __dunder__=1_000).name or k and café and z and f'{y=}':
                match 0o7 % 42 * [items].x(*3.14, *a, y=b)[k:]:
                        case int(((True) as whole)):
                                data = ñ.append
                        case ((None | -1) | ('s' | None | [])): total ^= ((.5)(y, False, x=2j).keys(z=1e10, items=(10.)) ** (0o7)(count, result=z))
                        case _:
                                café = {__dunder__, r"""😀"""}[k::] is not (.5)[42]
                class Value:
                        total = {2j * ñ, (0x1f)(*r"""tab\t""", **k)}  # trailing
                        ([].real.get.name or __dunder__ < 10. == café >= "(x)") // [~42, ][obj ** x].append
                        items.get[~(x - _)](.5 ** z and ('''(a[0])''' or __dunder__ or rb"a b c" or n), **n.real.y(count @ café))
        n ^= __dunder__ ** obj << (not F'''{x:>{w}}''')
elif (1_000)((1e10)(*'''100%''')[Rb"(y=)", x], False, total=-k).get["""(y=)""" u'''😀''' u'(())'(data, *café)[ñ, k]]:

        result = y(_ ^ ñ, __dunder__ ** count, {j, z}.name().name)
        i = (0)({**1, _: j, 1e10: x}(ñ=k)(Rb"", *__dunder__, __dunder__=0o7)(), *None[0b101:b:3.14], j.real[c]())

        def j(e, a):
                if c != data if {u'''(x)''' u"""(y=)""": 10., __dunder__: total}(obj, *data, .5)(2j, data=items, obj=f'it is') else (0o7).__class__:
                        yield +(r'(x!r)' % 2j)
                else:
                        total = not F"""{{}}""" and z >> k
                        i |= (42)(0 or a, data="a b c").items
                        import os
else:
        y = b"""e"""
a = items[n ** value]  # trailing
_.real ** -(c % café); i <<= (~(café * r"""\\"""))
