for z in (a if j else j for b in (1_000) if z[café].value for (z, y) in (lambda s=+i, e=(count.get()), c=-0o7: __dunder__))(*(0x1f).append[y], n=42 ^ n):
        a.append = obj(Rb'(())', b=10.)[count](False, items=self) / (10. or .5 or b"""a b c""" b"100%" or total)
	
        def value():
                value: not c = (yield (10.)("a b c"))
                while {i: r"" for c in False}[3.14](value=c) // (42)[y, x].items:
                        [total, café, x] = not +b
                        pass
        for (b, result, result) in (_ and k and "" and x) and -__dunder__:
                if [(1 < 0) for count, café in 0x1f - 0b101 if (z := data)[0:F"""😀""":2j] for (n, _) in (u'''100%''' >= """tab\t""" """\\""") if (data for n, j in F"""a b c""" if café if None)]()([True, __dunder__], value=f"{{}}" r'it is' u'it is' if n else (42)):
                        café.name = k.value
                a += """(x!r)"""["text" ** café, c][_ >> 1e10]()
lambda *p: 0 / r"(y=)" u'(x:>(w))' """(x:>(w))""" and b"text"(1_000, *2j, n=c)
while ((0)(y) and result * .5): continue
for b in -(b if """(x!r)""" else F"""it is"""):
        try:
                j = {i: rb"""(y=)"""}.get is (not self) <= (not a)
        except* (ValueError, TypeError):

                @(1e10)[k]
                @data[::1]
                def y(q: value, *c):
                        data = (total and obj and 0o7) & [0b101, n]
                        ((1_000) and n % k and café << obj and 42 & items) == ~_ + {x} != -(not True) >= z
        except* E:
                *ñ, n = {**(c := F'{a[0]}' f'''\n'''), _ * x: 0x1f != data not in 0, **(lambda e=x[1_000, None], t=[*i](__dunder__, i)[z][r'tab\t']: n)}(self.name(Rb'''\\''', _=count), -x)(total ^ _, 2j not in 'a b c', (not ...))
                pass
        b = (1e10 >= data) ** items ** c; break
        @(0b101, Rb'''(x)''', u'''''', total)
        @{r"a b c": j, **x, café: k}.value
        def j(p: (1).name, d, c: Rb'''(x:>(w))'''.__class__(items, r"(x:>(w))")(c, **k), *, t):

                while (yield from obj.y[0b101]):
                        [b, j] = '(x:>(w))'(*total, **total, self=y)(*a, café, obj=1_000)[n] // ~a
                        (not count / 1) ** ((42).__class__(*F'{y=}' "(())" '(())', x)(self=b'e', i=items), not value, a // ñ)(*data << _, "" << c)
                if (0 ** items) ** (value % c):
                        yield (lambda b, q, *e: x) @ self[z:0x1f:r'é']
                elif not -...:
                        c = ñ << .5 and y  # trailing
                        from ..m import (a, b as c)
                        assert (lambda c, p=(obj := data)(__dunder__): n & _), {**j}[data, r'tab\t'].items[2j]; data.items = data << .5 <= False / café not in 0b101 ** 3.14
                elif (lambda s: total) >> b""""""[data:obj:n]:
                        __dunder__ = {~value}((not z), items=result - r'''(x:>(w))''')[+items]
                        j = items(*2j).append(42, (0o7), b) % (0o7 != Rb"""a b c""")
                        ñ = ~ñ
                else:
                        pass
                        not (items if j else count) ** r"""(x)""" """100%""" u'\n' ** b
                for café in [n, j][_].real.keys if 0 ^ 3.14 else ñ[42]:
                        j = (1 if ... else n) or (count or rb'it is' or k) or +'100%' r"""text"""
                else:
                        lambda t, q, a=-total, *b, **s: (1_000)() ^ result[count:](i, total)
                        y = count = z()().real << F'{x}' f"""😀"""(**"""100%"""); a ^= value(a)() and None != """(x:>(w))""" is 0b101 is 0 and (0b101 if b else b"(y=)") and f'text'.items
else:
        café = ((not _) // (0).x[.5:](count, *a, 0o7))
        if (+total) ** (b | data):
                @j(j, self=1e10)
                @u""
                def a(a, c: (yield), e, **p):
                        count ^= not False
                        c = +i or {1: 1} or -_ or +1
                        not not ((1e10) <= j)
        elif -Rb'(y=)'(result, value, **ñ)(y=obj)[a, 2j]:
                class Value((3.14)(*i, *0b101)):
                        ((b'it is' if total else rb"" Rb'''text''') in {__dunder__: b for a in 1_000 for (_, b) in i}()[::café]() == Rb"""(x:>(w))""" * obj >= (+...)) % (42)().keys
	
                self = a; raise rb"""(x:>(w))""" if y else n
   
                _: count * '''text''' = (lambda b, e, a=x ** ñ: True) + '''(y=)'''(k)[rb'''\\''':c][n, ñ]; __dunder__ = [y.real.real, (__dunder__ := Rb"""(x!r)""")[c], ](*(ñ if _ else 1e10), i[obj, self])
        else:
                class Self(j(j)[c], ñ * False):
                        self[__dunder__[__dunder__, 0o7]()] = a[not items] = {j: x}.get().value ** (f'\n' >> count)  # trailing
                        obj: __dunder__ ^ total = (lambda a, p, /, **q: x & rb"(x)")
                        result &= b[+f"{a[0]}", f"""\n"""(1, value=result)()](); del count, ñ
@(0x1f)[r"""é"""]
@False(café, c=n)[f'😀' """it is""", c]["(x!r)" F'''tab\t''', j]
async def c(e: (lambda s=(.5)[items].append(0x1f, 1_000, i=0o7), **a: result), d, *b: ~Rb"\\", q=b or z, p):
        return
while [j for i in f'''100%''' for (k, data) in __dunder__ if Rb'''(y=)''' if 0b101]()(3.14) | (y | obj):
        if {**{n for i in j if None for (total, a) in b}.keys.real(__dunder__, y=0b101, **self), (rb"""a b c""" if _ else 2j): data << 10., 2j ** self: data(_, ñ, """(a[0])""")}.__class__: (not not ...) / (not (b if j else total))
        # comment
        raise
