b: +_
café = café[y[...].keys(*Rb"""(x!r)""")][(0x1f // 10.)][count << count::]
if c & café & (not i):
   
    n[(lambda: k)] = a.x(n, *n, **items) <= (r"""text""", k, c, café)[y:a].x
    try:
        b.real = {}('\\')[..., j](1_000, items, u'') < (1e10)
        (~result == x & c) < (not r"""100%"""(total, *a)['100%' """\\""" F'''{x:>{w}}'''][obj, f"{x}"])
        i = {result: data, rb'''100%''': __dunder__} if j in 0x1f else True[:]()
    except Exception:
        count: 2j ** n = x[Rb':)'[z].append[1e10]].keys[(0 and 0x1f and count)]  # trailing
    except:
        value = (0)(..., result @ 0b101, y=~'(x:>(w))').items[total[b"tab\t":k:0b101].name.x:(value, café, total).get:{**3.14, x: value, **__dunder__}]
    @(y,)[None, n]
    @ñ.keys
    async def value(p: {}().get(_), d=(1_000)[__dunder__, b"e"](*y, **total)(), *b, q: f'''it is''' if value else c, s=(lambda: 0)):
        (rb"text"(x, **"""a b c""", x=b"\n")(*b, 2j, **...)(_, Rb"(a[0])" rb"""(x:>(w))""") <= (not ñ)) ^ r'''😀'''.name(1e10)[1_000] & (yield data); raise
        # comment
        raise total << total
elif (not i) ** result():
    result = ñ[...] <= y(10., i=count, café=a) <= +data
elif (count or obj or u'''tab\t''' r'''(a[0])''' or items) != i[x](*z, j=n, total=u'it is')[total, """a b c""" r'100%'] == (0)[self].keys is z.real.value:
    a = F'''{a[0]}'''[obj.x, "(a[0])" + .5]
    """tab\t"""((z or y or self or i) ** obj(True)[_], (*(10. or None), -ñ, (1)(a, **y)[result].__class__, True ** y))
value -= (().real[result].value) if self is self == a >= obj else x(_)[result]; __dunder__ = (2j).real[[r"(x)"], ~Rb'''\\'''](*self.name.keys, '''a b c'''(*None, (.5))[result](k))
# TODO: x
i @= b"""\\"""(*(None or 0b101 or j), items=+j).name
class N(10. if True else (2j)):
    while F"""{x}"""({items, 0b101}.name[z:0x1f][k, z]):
        # comment
        i: +value = (-u"100%"('''(x:>(w))''', n, z=z))
        items = (b'(y=)' or café) ** x
if u'é':
    n: café or 0x1f or _ or n
    if j.value[x:j](*a) and rb"e" + 42:
        (_(*'''100%''' u"(y=)") | (1_000)) << ((not 0b101) ** (n[data]))
        not [z, x, ] if {0b101: __dunder__, "text" u'(x:>(w))': x, __dunder__: items}.items(2j, **'''(x)''', **total) and value.items.real and n["it is" f"""{a[0]}"""::.5] else a[10. in total in _ >= Rb"\\" Rb"text"]
else:
    result += value[:b()]
_ ^= {}[f"""100%""", Rb"""100%"""](a) > ~u'(x!r)' not in c | __dunder__
