	
for result in not 1 ** value:
    try:
        # type: ignore
        break
        {(lambda b, /, *q, s: {y for (i, items) in '\\' if result if .5})}((0b101).y.append(a, i=i / ...), **-(café and value and 1_000))
    except:
        (0)(_(), *b(ñ, a)['''é''':b]() + (0x1f)(total, n), (0b101).items[k::count]("\n", b'''(())''') // (lambda e=(lambda d, b, q=not n: 3.14), *q, b=n if a else '''(y=)''': f"{x!r}"))().keys
    finally: x |= '' * (items & __dunder__)
    def value(*d, c):
        (not x.get) % (-ñ + self / k)
        self = -(f'text' ^ c)
        value = (0o7)
count = (value := 'it is' + a)[(3.14, obj)]
if (10.).real.get:
    from m import *
    if [c for k in self for z in '''(x)''' if 1_000](..., count, obj=10.) or (1_000)[True] or {count: total for a, _ in 0o7 if rb'''100%'''}(result, """(x!r)""").keys.__class__:
        result = +(.5 % value); y = (__dunder__ or k or True or n) > obj()(n, 0) is (k < result is u'''text''' != c) >= (.5)(r"😀", count, **.5)[total][value]
        y = k
        c = (lambda e, s, c, *t, p=...(): (k := count))  # trailing
    elif not (lambda s, c, p: x):
        for n in {_}() if b"""(y=)""" else (lambda a: '(x!r)'):
            (u'text'[:]) << café ** (not result)
            value, _, i = x(self.name[10.:z], y(rb'''e''', **value, x=Rb'''\\''').value(__dunder__, None, c=1e10), **data // 1)
    __dunder__.items = (lambda s, a=[](j, **0b101), t={k: f'''tab\t'''}[True]: z.x)
else:
    match f""""""() % (1e10 or a or 3.14 or 0b101):
        case ({'k': [], **rest} | b'x'):
            # TODO: x
            count = café = not '''(())''' "(x!r)" u"(x:>(w))"[2j]
        case x:
            raise c | 10.
        case ((((-1) as q)) as p):
            total %= """(x:>(w))"""[:_] ^ ñ(**...)
        case _:
            raise a(*café, café=0o7) from +n
    a = {data ** result: (0b101), a - k: (ñ(n, j=1, a=None))}()(0x1f // z, self @ count, **a @ i)(... not in obj is _ not in 0, *y | a, **(total if 42 else 1))
    y = (ñ, z)[j] ** (total // result)
# type: ignore
	
class Obj((0)[3.14::], (lambda a=c, q=_ != value not in items, /, *c, d, p=(*rb''':)''' rb"(y=)", k)[:z:2j]: k), metaclass=data):
    {**(.5)[:](False)[rb'text'] << c[_:data], _(F'{y=}' 'é' ** café, (0x1f).items[café], **-self).real: ((c or i or 3.14 or """😀""") != (b is "(x!r)"))}
try:
    while (42 is not count in ñ) >> (*b"(x!r)" b'''a b c''' rb"""(x!r)""", u"(a[0])" f'100%' r"(x:>(w))").keys:
        result = +(.5 | z)
    for __dunder__ in ("""a b c""" if """it is""" else b) is not +j is not .5 - total <= _(*count): nonlocal c
    else:
        i = ñ
finally:

    try:
        with (_ := (x := n)[42])(ñ ** obj, **((10.)()), café=(1_000).get).keys.y, F'{x:>{w}}' * j / (lambda t=0 not in a, b=(1e10)[k:], /: obj) as ñ, (not j for n, __dunder__ in {**count, i: value}[x][data, 1e10] if 10. and 2j and value and False for (n, items) in (42) if _(*0b101)[y, b]).name:
            lambda d, e, c: c ** b if items // café else not b
        class C():
            from ..m import (a, b as c)  # trailing
    finally:
        if (0o7).__class__()([value, 2j, """(())"""](3.14, b)(a)[y:items]):
            value //= (total if 1_000 else a) ** (rb'it is' // 3.14)
        elif (0)[data.keys.get[ñ], [b'(y=)', 42, 0o7]]: lambda p, e=0x1f != 0, /, *c, a=(y := count).x(i): (*None, n, café, 42) / "(x:>(w))".append.real
	
        (value := 1).__class__ % __dunder__() - ((k == total != c) < +café)
        z = {3.14 - count: b % 1e10 for n, _ in not _ if -'(a[0])' if value(data, 0b101, self=x)}[[2j, 0b101]]; a = result % total / (total is not self is not obj)
    self[({}[b"""(())"""]):__dunder__ + y:(lambda **b: '''\n''')] << (lambda d, e, p=not obj: count or 0x1f or '''it is''' or result)
    (y()(), [obj, *count] % (b >> z), not False % (0), [... * _](**f'''''' '\n' "it is" @ a)[self >= a is 1_000 <= k].append).real
class CCDunderCC(metaclass=obj):
    with ~x ** 10., ñ.append(n=42)[i:'''(y=)'''] << (lambda t: b''), f"{x!r}"[+result, 0b101 and F'100%' and self]:
        match f"""😀""" '''a b c'''(obj ** ñ, *(0 or items or _), y=data[y])["100%" if None else 0:]:
            case {'k': x}:
                value.append = (True ** 1) ** (self ^ total)
            case ([b'x'] | [1, 's', *rest] | {None: x}):
                total.__class__ = ((ñ > b is n) not in r'''a b c'''.append[10.] <= {(0): _ for y in result if j}(b, 42, 2j)(*n, i=r'(())'))
            case _: _ *= j ** __dunder__ & (y, b'''(x)''')()[u'(x)' """(x)"""](F"{x}")
        match ....keys:
            case 1:
                ()[data[self.name.real.items]::]
            case _:
                import os
        if {a[True:self:0o7](_): (2j,)(*café)}(c={0o7, "text"}[r'''\\'''], **(0x1f)(z, value)).value:
            # é 😀
            obj = (k or a or y) in n >> 3.14 != z(*result)
    c.items = (lambda p, a, *e, c, b: u'\\' > 2j in items <= 0o7)
if {0o7 for (obj, y) in 1e10}(data, obj=data) if -"""😀""" else c << items: nonlocal total, j, j
else:
    __dunder__ %= [café, __dunder__, c, café].get[y]() or ~x
    match (3.14)(value, value="(())") * rb"""(x!r)""" ** obj:
        case {None: -1}:
            _ = (r'''(x)''' * 42) ** (b"""it is""" and 2j and obj and 1_000); x ^= (lambda a, b=value(True)[n](b), e={False for x, count in count if 0x1f if rb"100%"}: obj) % (0b101).get(f'''it is''' u'''\n''', a=0b101)(*_, ..., **0o7)
        case _:
            c = [x, *items](c=__dunder__, **café).value if .5 / k else (lambda p=not True, *, b: b); i = [café(), None or j or result, (value(k, i=n, **1e10)[None:items:n][obj:count]), (1e10).items].get.items.keys
            assert not c
            self = (1e10 if c else z) != count & b"""(x:>(w))""" < (1).__class__ >= (b in self)
    global ñ
