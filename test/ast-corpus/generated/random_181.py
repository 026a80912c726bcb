_ = i.real.keys ^ (3.14)(b, count).real()
__dunder__ = y = +(ñ if count else a)
if (2j)(not 0, i=ñ & count, café=k(data, data))()[~F"tab\t"]:
        {}[x.keys.items.y].y
        @total
        def result(a, b, /):
                k().name(~obj(c, z, y=count))
                ñ.x(café=((3.14 @ Rb"(a[0])") ** +0b101))({'\n' '''😀''' F"😀".y.value.keys for value, c in f'\n' u"(x:>(w))" if c / (1e10) if .5 / data for self, data in z & f"""{x:>{w}}""" if café > _ if b // 0}.__class__[True, 1e10 not in i >= True]); pass
else:
        from m import *
        café: data = +k << n()[b]
        match -b if {**j, 'a b c': a, data: total}(_, 1, count=0o7)[1e10].real else total * 42:
                case {}:
                        assert (10.)(_=(lambda d=c[0b101::], s=(1e10 / """100%"""), /: b'''a b c''')).x, k.value["(())" """(y=)""", __dunder__]
                case [(None | a.b), ({} | b'x' | 1), []]:
                        (10.)(*(lambda c, /, *t, b=i @ result, p=k(count, __dunder__=self)[Rb'''(x)''', x].get, **a: 0) + (F'''a b c''' or 3.14), result=((.5)))(*(1e10).__class__(3.14, x, y=Rb"100%") ^ (.5).real.y(c), (lambda q, p=(value or 10. or 3.14 or self), **c: result) << y + ñ, café=~(Rb'(a[0])' <= False in ñ))(r"""(y=)""")
                case _: -c / (not x) / (1)[(lambda q, t, e=().y.append[obj], *, a: Rb"""""" rb':)'):not z].real(total=x | n)
with {**café, 0o7: c, count: b}.x[items, b'''(x)'''] + b ** 10. as y, False[(0b101)] as __dunder__: items()

if obj | (10.).append:
        pass
elif b.keys(value, i=self).__class__ or a and items or (lambda e='(x)' / 1: count):
        for _.items in (1_000)(a >> k, {}[u"a b c" r"""(a[0])""" "(())"][0x1f](), café or i or items).append[not z]:
                assert ('''\\''' and b"""(x!r)""") not in (items is not b"it is" in i <= data) >= 1 // k, (0o7)()(**0b101, **.5, __dunder__=result)()
                items = a.append(*'''\n''', ...)[0o7] >= total / i
else:
        (not f'''{a[0]}''' if obj.get[a] else n << value) if (f'it is' r"é"(1e10, *_) if z ** None else ... not in i) else (0)(x, +42); n = ñ // 1e10 >= (lambda b, q, **c: Rb'''(x!r)''') < (True and data and 1_000) >= (lambda p, b, *d, t: 42)
@(0x1f).keys(*"a b c", *n, z=0)
@{n: __dunder__, 0x1f: Rb"e", obj: self}[None:]
def obj(*s, q: True[1e10]=y + k, **p):
        +b"\\".keys
