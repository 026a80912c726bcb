b += (*(data < z in a in 3.14), -total, n[42], -(1))[not count:i + 0o7:]
async def c(q: a << c, c: [][...].name = not i, b=(1e10), *t, a=k):
    if r'text'.append + _.append:
        return value() + j ** 1_000, self.append.y
        pass
    elif not (café or b):
        z = [](2j, y=rb'''tab\t''')[obj:].__class__ @ value[y]()
    elif ((lambda t=data and 1e10, a=(lambda s, c=(.5,), t=... + _, **d: .5): result), z @ .5).append.keys:
        from ..m import (a, b as c)
    async for __dunder__ in not obj & 0b101:
        x = ({data, r'''(())''' "" F'', 0x1f}(*items, value=y, i=count)()) / (self and result)  # trailing
    else:
        value & 0x1f & 0 // __dunder__ or (count or .5 or obj or obj) is not f'it is' F'{x}' r'''a b c''' ** rb'tab\t' or (10.)(**("(x!r)" r'text' """it is""" and items))[f"""{a[0]}""" + data].keys
@(1e10)()
@r'(x)' 'text'.__class__.__class__
def data(c: items.real[1](self, items=total, **k), s: count > j, t="""text"""(**j).keys.value) -> +value:
    async def items(q, b, t: obj | y) -> rb"""\\""".value.append.y:
        # type: ignore
        result //= not b if __dunder__ ^ f'{{}}' else count.x
        data: u'text' >> k; total: True[café]
    for a in (yield) and a ** """😀""" """text""" r"text" and not _:
        result.items[x(Rb"(x)")[a](café, .5, _=f'{x:>{w}}') if result ** data else j ** total, (lambda p, a=j(total, items, f'''''').x, d=Rb'''(x:>(w))'''()[a], *b: b[:total])].get
        k[self << b, k] or ({value: b"(x!r)" for obj, count in i if b'''(y=)''' if False}(data)(b, z, b=_) or (10.)[rb"(x!r)"] or (3.14).real)

        yield not (__dunder__ or b'(x!r)' or count or u'''(x!r)''')
try:
    items = café["(y=)" == total == count](*(1e10)(), x=0o7 <= .5 > count, z=__dunder__())
    [c, *café, obj] = items[items] = (café := x - café)[c % 0b101](Rb':)' ^ x, k and a and .5 and 2j, **(42)[k, b])
except:

    i.x = count = k - count if not café else result not in "\n" < x in obj; data *= (total and j and a) ** +0o7
else:
    for a, data, value in c / i + +data:
        j = ((1e10) and '' and items and i) ** self ** 42
    a[a if b'''e''' else F"{{}}"] = items({0b101: True, café: a, 1_000: k}.x, x ^ 1_000); z = obj @ 3.14 - obj @ '''100%'''
finally:
    y: True
	
(None is n[obj](count, "100%", 1_000) is (0o7 and b and z and 0b101)) // (j + ñ or (lambda p, q, e=items if 1e10 else café: rb'''a b c''') or value(self, n))  # trailing
global obj, a, count
def x(e=value ** k) -> a / f'\n':
    data = a = (-.5 % (0b101)[c](0, z, x=ñ)())
if data(f"""{{}}""", value)(items, b"""(x!r)""", value=2j)(café, self, café=total) or (3.14) or self ** 1 or (42).y[b'''(a[0])''', b]:
    __dunder__ = b.__class__.y
elif u"a b c" "it is".x:
    obj = b
    with ([2j for data in __dunder__ if café if '''''' for j, data in self] if -result else """it is""" r"it is" 'tab\t' and b and i and self as ñ[k(n)()], -count ** r'(x!r)'):
        total = j
    items = (y.append[f"{x!r}".value.y::(lambda t, p, *d, e=u"text" @ __dunder__, a=[0b101, value]().items.keys: value)][total.real:(+1_000)])
