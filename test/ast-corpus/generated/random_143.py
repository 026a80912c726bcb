raise (0o7 ** ñ) from b >> b'a b c'
pass
match (lambda s, b=(lambda **a: True): '\n' - value):
        case None:
                with True(n=b(y, 2j, z=10.)[count](a, data, 1))[False or total or data][result if 1_000 else 1]:
                        # type: ignore
                        n = self / 1 % data[:c:y]
                        data = ~café.y.y  # trailing
                a.items = value = (z := (result, k, F'''it is''' f"""{x:>{w}}""", 1e10)[y](*ñ))[:1e10 & result:](z=total - items, __dunder__=_[:].value).keys
        case {'k': a.b, a.b: 2j}:
                global z, a
   
                y: not c
                while {}[self and c and u'😀' r'''a b c''' and k, (0x1f) ** ñ]:
   
                        k >>= ('''(x)''' f'a b c' F'''😀''' | y) and (c and items and None) and count == '(x!r)' <= total
        case _: True * "😀" u'\\' >> total.y is not ~(... if Rb'''(a[0])''' else f'''it is''' f'''{x:>{w}}''') not in café[~n] in (lambda p, q: data) @ (3.14 << 2j)
@j(value)
def count(**p):
        if -("(x:>(w))" / F'''{{}}''' 'a b c'):
                with [~café, u"""""" '''\n''' u'''é''' // k, (lambda q, t, c: result)].keys[not f"{a[0]}" '''(x)'''][(0b101)(None, ñ).x.real] as n.name, (Rb"text" % z) ** +42 as self, {self: x, __dunder__: j, c: """é"""} and (F'''{a[0]}''' f'''it is''' '(a[0])' and b and n and total) and 42 <= '''a b c''' >= F"""100%""" == j and {}.get:
                        count -= (10.)[(y(b, i=c))]
                @f'\\'.x(a, .5, (0))
                def b(d: n / False, *q, p):
                        # TODO: x
                        k = y[i] and __dunder__(data, rb"", 1_000)() and value and self >= b >= True not in count
                        [k, y, y] = None
                        (yield)
                with (~self[a](z) as ñ): return
        elif (10.)[:].value:
   
                count = b = café(**3.14 ** n, x=(1_000)(i, café, **x), **(1_000)[count::F'''{x:>{w}}'''][Rb"a b c"].items)[self not in items == data <= items, F"""é""" not in 0](items, ~a)
                (lambda d: count is not 0b101) + (0b101)()
        try:
                while (lambda e, d: 2j % F"""100%"""):
                        result = (a := (lambda q, p, e, *c, t, d: x))().keys.items
                        raise (yield from b)
                else:
                        lambda t=(lambda e=+total, s=2j in b < result is total, q='''(())'''.items, *c, p, t=c if 42 else 1e10: 0x1f), s=(z % café): self.items not in (not 0o7) != ñ & items < +j
                        lambda s=(k := k): """😀""".name(total={2j, 'a b c', ...}().get)(a.y, (lambda c, d, a, **t: F"""100%"""))
                        pass
                # é 😀
                c @= f'''é''' if '😀' else True + n
        except E as err:
                items: not ...
                __dunder__ = 1e10 < x is not 1 if (lambda d=(0).items, t=(z, x, j, i).name(1e10, False)[y], **q: 1_000) else a[b'''100%''']
                (total & items) * (__dunder__ == z) // (not 1_000 ^ rb"100%")
        except (ValueError, TypeError):
                return ({obj, y}(), "é" r'(x)' r'''(())''' or "(x!r)" or True or rb'''\n''', (lambda t=0 if x else 2j, q=n(b).value, /, **c: '''(a[0])'''), __dunder__ // value)[k[x:value:]::not 42], (yield)
y = value = (0)
c.__class__[+items ** _]
class Y:
        [_, total, self] = r"text"[:b'it is' or ñ:](a & F'\n', ~total)
        @(.5)
        async def n(p: result and 0b101 and z and j, t=(1_000)[rb'e':i], e: (j := x) = (1).name, /):
                (0b101)(c(*(.5 in c < items is k)), (.5)((0b101).append))[ñ % self if j @ items else '''\n''' '''\\''' or b]
                if ((1e10)(total ** ñ, rb'''\\''', c=False if 0o7 else items)): Rb"""100%""" @ 10. % (1 % .5) and 1_000 << r"(())" "(y=)" | count @ .5 and """(x)""".get.name != (2j and i) and ((3.14).real[0b101](count, 'a b c', __dunder__=None), await True, (.5)(F'text', **data), +__dunder__)
                elif ((lambda c, /: x) - b.real[3.14::Rb'(y=)'](b)):
                        pass
                        # comment
                        nonlocal items, items, __dunder__
                        pass
                data <<= (not data()[__dunder__:Rb"""(x)""":].items); i = ... - True & (lambda s, q: value)  # trailing
ñ = x = Rb"\\"(ñ, 'a b c', __dunder__=1_000) % (.5 << 0b101)
with n().keys as self.get, (obj and b) not in (3.14)(count, _, __dunder__=result)(*__dunder__, 1) is not (c and .5):
        obj = b['''100%'''] >= 1 + '(x:>(w))' in self ^ 3.14
        while [result, z, F"""{y=}""", items].__class__()[result, ñ] != 3.14 ** 0o7 in (not b) <= {.5: j, total: x, **"""(a[0])"""}.y:
                class Self(j.items):
                        (count, c) = _ = --_
                if (lambda *t, q: _) if +i else '(a[0])' f"😀" r"" <= café:
                        data %= not j if ~(1_000) else total is n not in obj; pass  # trailing
                elif (f'{{}}' """\\""" u"it is" == value) ** (lambda q, *e, b, **a: k):
                        k: [3.14, ...].name
                        _ = b[j & a]
                # comment
                break
   
        class K(data if F"a b c" else None):
                False.__class__()() is (not 'it is' if rb"(y=)" rb'''(())''' b"" ^ total else {**z}.value.name) is k.x in [~j, True.keys, 'é' u'''\\''' * 2j, result ** _](total is n != r"\\")
