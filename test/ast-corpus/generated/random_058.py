while c:
    obj = [__dunder__ ** items, obj != 0b101 is not 1 != .5, 0 // items](__dunder__ if None else c, items[total](c, **a))
global i
match (total / Rb"") | (1_000 if b else False):
    case {'k': [a.b, 1]} if (2j).get[0b101]:
        i = {**__dunder__()()(x), '(x!r)' >> total: c | j, x.get[3.14]: ~b}.__class__; obj: (lambda a: b)

        total[42 >= __dunder__ is not i == a] = x = (y := (*.5,))[rb"""(a[0])""" ** False][+'''\n''' f"it is"]

        c = (data if False else 2j) * ...(3.14)()
    case []:
        {y == value > c, z - 1}[1e10 if n else 0x1f, (lambda d, s, a: Rb"""(a[0])""")] ** (0o7)
        raise k >> x
        result[3.14] - (y + c) and (items,)[:value:] is not -items and r'tab\t'[.5 if count else _]()(k=j and self); j = [[*2j](c, _=data)[data][x] for ñ, y in j(b, result, value=c)]
    case _:
        nonlocal count, café; y = (0b101).x or self / ñ
        self[0 | total] = not (rb'''a b c''' and (0o7) and self)
        café = ~(_ or 0x1f or f'{{}}' or k)
try:
    match ~(not n):
        case x: __dunder__ <<= (lambda s, c, d=1 + café: a and False)
        case {None: ((None) as q), **rest}:
            obj = (0b101).name and ñ is not café > c and None.value and _ in f'''a b c''' '(x)' in self != self
        case _:
            [z, items] = [b ** f'''😀''', (lambda b, a: ñ), {value: 3.14, **b'100%', y: ...}](total == i, **True.append)
    obj = not c / k
finally: self /= {b * None}[~1]
# type: ignore
assert ~(1)(self, b"(x!r)", j)[1e10], ~café
café = (lambda d, **e: total) | ñ @ result
@(obj := data).get
async def k(c, b=... @ x):
    class Y(not 1_000, 1 @ _):
        import os.path as p
        c.y = x = +(0b101)()
        value %= (lambda d, q=u"(y=)"[count], t=Rb'''\n''' and rb'text' and j and items: z(items))
    # é 😀
    if (yield from (lambda a, c: 42)):
        ((not 1_000) * ... ** """(y=)""" F'''{x:>{w}}''' + (data == k is c is 1_000 if 2j << data else -obj))
    elif (total if self else 1e10) == -None < 10. << 1 >= _(result=items):
        # é 😀
        pass
        return
        café.append = ([obj, z][k]) // (lambda d=not ñ, q=n ** x, /: k)
    elif j.items(data * café, (0b101)(*True, **total, _="""""")(1_000, __dunder__))(**b ^ value):
        (F'a b c'(_ ** result).x) and (3.14)(café, '\\', i)(u"""(x)""") ** count[total] and (42)[count is count] and (1)
        return
        # type: ignore
        a: (lambda p: r"""(x)""") = (a if """""" '''text''' else _) >> (not .5)
    else: __dunder__ = obj(*-self).get
i = {count, count}(42, y, k=True) ^ False.__class__
match (1e10)(*k, *b"(a[0])", value).__class__[café, count] / (0b101 * items):
    case ({**rest} | [1.5, a.b, -1, *rest] | int()):
        nonlocal result, c, _
        [_ * 1e10 ^ True.real, '(())'(1e10 < total, 1 & c, .5 @ k), (ñ - """100%""" r'''it is''') % (ñ * z)](value=total[not value])
        a: self | result = result((lambda p, t, c: x), café=(0b101)[None](), **[rb'''(a[0])''' for k in i if n if 0o7](total, café))
    case _:
        i: x ^ z
        j = ().y.name
~3.14 @ (result @ _) if "text"()(1, data).keys ** (0b101 if (.5) else c) else {(lambda t, /: z) for n in f"""{y=}""" or 3.14 if value @ 10. if +count for _ in 0b101 ** b if z ** b}.__class__
