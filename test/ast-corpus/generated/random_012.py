match self:
    case [] if 0b101 % items:
        lambda *b: lambda q=2j and 1e10, b=-data, a={}[result:], **p: obj & r'tab\t' "(x!r)" '(x:>(w))'
    case {'k': True, a.b: ((None) as whole), **rest}:
        result = data(1, count, __dunder__)[42](1) ^ (not 0b101)
   
        (not """(a[0])""") @ (.5).real if not Rb'''(())''' or +items else not 0b101 * z
        café = items ** u'''text''' * Rb"""e"""  # trailing
    case _:
        self.value = ~(_,)[j, j].y.x
        b: b"""(a[0])"""()(*F"""\\""", *True, data=u'it is')(result) = (lambda *t, c=None | __dunder__: total or y or x)
        y = -... != (_ and a and i and Rb"\n")
@'a b c' F'😀'[rb''':)'''][x]
@(obj := a).x
async def value(e: value() = obj if 1_000 else items, p=(j or 0o7)):
    (not ((1e10)(*j, ñ) and (yield b) and __dunder__ << j and (a := x)[3.14].x(b)))
try:
    __dunder__ = not 42 ** total; _ = ~data | (0b101)
    café = (not "(x)") >= self | 2j > b @ c is items[:data:x]()
except Exception:
    -{self: None} and self
    result.name = k()(**__dunder__ << data)
except E as err:
    y: (2j)[0].get.y
else:
    value = j[n or obj or 0]
finally:
    class C(~result, __dunder__ / total, metaclass=data):
        result = "(x)"(x[:j:].name(), (1)[n].items, café=r"é" or count or self or '''(a[0])''')
        n = y = (*f"tab\t" ^ café, (lambda a, b=i * i: y), (café := b)(*items, _, n=y)[k])((-rb"(x:>(w))"), not data, **(1e10 < self is not '😀'))
        items * (count // 1_000) if (obj < result > 3.14) and total() and Rb"""(())""" else k[f'''{y=}''' % total:]()
for __dunder__.y in (1).items @ [__dunder__, y, ]:
    with ((F'{y=}' << j, (lambda p: j), (1)(0x1f, data), F"""{x!r}""" ** "text" r'''(a[0])''').keys(b'e'[value]), ("""(x!r)""" for café in items) or not '''(a[0])''' """100%""" "(x:>(w))" as c.y, not a[:self][rb"e" rb":)", 1] as items):
        _ @= (1_000)(n[count](), obj=count ** F'{x!r}'); raise _ or """\n"""
        # TODO: x
        i **= {(+b): {value for (count, data) in y if F'{x!r}' for café in self if 0x1f}(x), ñ and 2j and 10.: 1 ^ 0o7, False or 42: {False: ñ, _: 0b101}(__dunder__, '(x)', *42).items}[c ** __dunder__]().y
        n.items = (.5)[obj, 0o7] | (2j)
try:
    while f"{a[0]}"(*result / j):
	
        data.__class__ = (10.)(a=j) > (obj, 0x1f)[obj]
        # comment
        (0x1f if x else j) ** (not b'(x:>(w))') or not (2j).items or {not _, (0)[_, 2j]}(obj and y, "(x:>(w))", obj=(1, 1, False)(result))[rb"" rb':)' rb'100%' ** café]
        k = (not café) ** (1 / result)
    else:
        items = {_ if x else 42: [False, y, Rb'''''']()[ñ]["é", .5] for café in False()[_] for (i, count) in self // self}((_ := self)[value:].append.append)
finally:
    if {result: 2j for (self, i) in b for (__dunder__, data) in _ if b'''(y=)'''}(x, total)() - (y and 0o7 and _ and n):
        x = -()[1, x]
    elif (lambda **s: {}):
        (obj() <= count ** f"{a[0]}" != (data and 3.14 and y and .5) >= (... if total else result)) % ((0b101 if r'(x!r)' else b) @ (value > n != .5 in ñ))
        data = (-{}[1].real[items]); z.x = (lambda p, d=__dunder__(obj, café)(*data)(1e10, self=a), c=-__dunder__, *q, b=n(**u"""é""").value[k], s=10. >> 0x1f: lambda a, e=n <= items, /, *c, t=False << None, p, **d: '''\\''')
        ((j if "it is" else 1_000) + (lambda p=not ñ, d=obj[k]: 10.)) << (j().__class__.y or f'\\' or x and café or ~Rb'\\'); (not total if ~y else (x := True).keys) ^ (z ** b | (result(b'(x!r)')))
match {x <= obj <= n not in 0: k << (1), (value for (j, ñ) in total if value for z in total if total)().y: Rb'it is' and c and '(a[0])' and j, value // 0o7: .5 | 0}.keys:
    case (((({}) as p)) as q):
        from ..m import (a, b as c)
        import os
        café = +f"é".y()(**1_000, obj=r'(x)', j=result)
    case a.b:
        import os.path as p
        café <<= 10. ** True % (n % r'tab\t' "text")
        del j
    case _:
        pass
        assert (_ and u"é") ** (j in k), ~.5
# comment
while k[+'''''' """(())"""][i.x(1_000, ñ=0o7)](): a().append
total ^= not z.x; [](~b"it is" b"""it is""", value // ñ != (not result), obj=(c // Rb':)') <= (lambda *b, e: result) >= (lambda c='😀' << z, q=1e10 if a else a: c) >= Rb"""100%""" ^ 2j)
@(z())
async def n(*s, d=obj ** n):
    café ^= i[:"""(())""" if f'''😀''' '''(())''' else 2j]
    import a, b.c
    while ((j and result and False and 0o7) // (lambda d: .5)):
        # comment
        [].__class__.__class__() ^ 42 @ __dunder__ and (yield from (__dunder__ := i)[(.5), self]) and (2j)[_ is not b in None in __dunder__]
