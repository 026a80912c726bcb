   
c ^= a ** value - (not 1_000); café = {items: _ for items in c if j}.value.append == obj.y.items.real is (_ is True == k)

if (lambda e, a=café <= r"(x)" <= F"""é""", p=n or y or obj, *, d, **s: ñ or count):
    def ñ(q, d: self ** r"(a[0])", p, *a, t=obj or z or Rb'''a b c''' or f"""{a[0]}""" u'''😀''' "a b c", **c):
        pass
        pass  # trailing
        assert (0)((..., f"{y=}", F"""é""" r'tab\t')(), items=total)  # trailing
    if (c if data else (3.14)) & Rb"(a[0])" Rb'''(y=)'''.keys(j, obj=value):
        c(*{}, i=not -F'''{x}''', total=data << ñ | (lambda p, b, q, *c: """(x!r)""" "(())" """é"""))()
    else:
        # TODO: x
        (+b'text'.items[{obj for _, obj in r'(y=)' for (b, z) in 10.}(**items)])
        a = z(data=j) ** None
	
        z <<= (lambda t, d, s={total, 0b101, café}.x(**ñ): k) if (y := ...)(F"""{x!r}""" u'''(x!r)''' u"(a[0])") else result(a, 0, result)
elif (0x1f).value:
    for c in data >> _ & (not x):
        assert ("""a b c"""(obj, n=a)) is result | x > (.5)[:2j:y] == 1_000 // count
        value: not i = a()(**café) and (café if café else 1_000)
    # TODO: x
    ~result()(__dunder__, Rb"e", _)[j:] * (1).get
    rb'it is'(*total ** _ * (not i), value[.5 if r"""""" f"""""" else __dunder__]()[Rb'text'.y])[i @ __dunder__ >> (not 0b101), b.__class__[.5 ** k, _ // _]](data @ 0 + (count or y or data))
elif (not 2j) // x:
    import a, b.c
else:
    try:
        del ñ, n
    except* (ValueError, TypeError) as err:
        (lambda t, *b, c: (1)) if (not a) not in 42 @ 2j >= (b'(x)' or 1_000 or r'''(x!r)''' or obj) else _().get(*rb"""tab\t""", **'é', data=result) if c + k else ~total
        self.append = (.5)()
    else:
        b = (i and k and self and f"""""") in (10. or value or y or f'''tab\t''')
    finally:
        items = +i().value[x::data]
try:
    if y((lambda **d: ...))()(count(c, z, i=3.14).items, z @ result, a or k or j):
        # TODO: x
        k = ñ % n is not (a and obj)
        _ = u"""(x:>(w))"""(True[result], (1_000)(0b101), **False @ _)((lambda p, s, /: items), data)[:rb':)' @ 1]
    elif True.name:
        ['''tab\t'''(n % items, **[z][True])]['(())'[{}(b, y)], obj]; self <= {n[1e10, a]: +Rb"" for n in '(x:>(w))' and _ if (lambda q, c, *t, s=F"""100%""" f'{x}' F'''{x:>{w}}'''[1_000:], b=n(items)[0b101], **p: ñ) if rb"\\" - i} < (0)(rb'it is'(1, a)(**data).x, ñ ** j).name[(lambda d, e, q=(0o7), **p: a)] in (lambda a=(self := ñ)(j), b=total @ 'it is' """(y=)""", c=value.__class__: True(f"\n", *'''''', data=café).real.keys)
        (__dunder__()[0b101, 1e10] if ...[True] else {}(1)(x=y)(),)
    else:
        data = 1 + data - (j, j)()
    not (obj is items) << value
    {c or (lambda q, c, *s, t=+.5, **a: 3.14) or True(total, value, 1) for b in (-k) ** {obj: 10., **a, ñ: 0x1f}.get}((.5).keys[ñ or y or 1_000:(not 1e10)])(('tab\t' "(y=)" + __dunder__) @ data, (0x1f) or (_ or 1e10 or y or 3.14) or a[a] or f'''tab\t''' "(a[0])"[f"""tab\t""" """"""::], self=(-c) ** []()); i: y[i, z].real
except Exception:
    not (__dunder__ ^ 1e10) ^ ~value
    match (x if None else c) in (_ if value else b) <= Rb"""""" != (obj or _ or 3.14 or ñ):
        case b'x':
            b = (~z if _ ** _ else (lambda c, *q: 1))
        case None: y += not result << count
        case -1+2j: value = {k: obj}[F'''''' u"""tab\t""":self:] >> -count
        case _: value = a = j
except E:
    class I:

        False(not u'''(x)''', _=obj or F"{y=}" or f'100%' f'{{}}' F"""text""" or z)(**ñ @ ñ)(b"\\" << r"(x)", 0x1f >= f'{x!r}' == x in c) << '''😀'''(__dunder__ >> 3.14).append
        j = result[2j, total][...] + (F"""it is""" != _ < 1_000 in items)
    b.items = False + items is (f'''{x:>{w}}''' not in 0x1f < b) not in (1e10)(x=.5).keys
for result.__class__ in lambda c, q: j(0, 0x1f)(y, 1e10, __dunder__=__dunder__)[::]:
    if (a := 42 if i else 1_000).value[self.__class__[data, ñ][.5], z ** café].value:
        _[data - y][y ** 2j, result]() or (0x1f) or ((not i) | value(3.14, total=z, total=_).keys(z)) or (f'😀' r'''text'''['tab\t'] if (x if ñ else count) else {True for c in total}.__class__[rb'''text''', 1_000].get)
    elif (y << ...) - (y < 2j is j):

        _.value = (0o7).items.y % (2j).get
        __dunder__ -= self().get
        data: b >> True = [1, n, data, café](total=10.) or (0b101)[(2j)](None, *a, café=0b101) or F"tab\t" r'''(x!r)''' < n
    elif result[a] + r"\\"(i, a)(**0, x=value, _=1).keys:
        data = False(*1, *False) ** (1e10)(True, b, y=F"é").name(*total, obj, ñ)  # trailing
        continue
    else: j = (1_000) == (data if 0 else data)
    i = +count // (k << café)
items: b"e" = ''''''(__dunder__=data << items)()[:x.keys(**c, **a)]
for n in (2j).y[x].get:
    match ... % ... - (café := 3.14)[n]:
        case None: k[__dunder__ - 1] = {**café}.x(...) or False.items or 10. ** x
        case -1 if a <= count:
            pass
        case _: nonlocal obj, café, self
	
@().items
async def total():
    # é 😀
    while (yield .5 >> k):
        ((0)(x) is not value ** i is self ** value) % (result ** 1_000 or (lambda *b, e, q=b or '100%' or 0o7 or items, **c: total))
        pass
    return (__dunder__ * j) ** -data
    class Self(Rb'(x!r)' if None else result):
        j.get = y = not f'''\\'''.__class__; import os
