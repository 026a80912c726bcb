obj[count[Rb''':)''':True]] = items = n()[::items > __dunder__].append
not (total % result) if +(not x) else ['(y=)'(42, total=data, j=b)[count, value]['(x)', result] for café, a in Rb"""(x)"""() for j, i in +.5 if ().__class__("""\n""" f'{y=}', b=0x1f, data=ñ)]
if self.append[y] - _.x[1]:
        while (lambda **b: j.real.x[café]):
                value @= (.5)
        else:
                items = (1).x
        class Obj((c := z)[value]):
                c = (0).keys.value ^ False - i
                assert (total := (0)[result:2j:obj].items(b"""(y=)""", total=obj))[(False ^ items)].name, y or 0x1f or b or café
                total = data = result.x
   
        if not total is not x is items:
                raise (0o7)[True](items, y)
                data >>= _
                items **= -f'{x}' '''tab\t''' / [_, 0, 0]
raise
try:
        (x, *items) = result(not '''\n''').real
except* Exception as err:
        try:
                _ = café = (data or 0 or café or x) >> (lambda q, d=(3.14).real[j]: a)
                _((3.14))(((0)[None], ~2j, items.y, (x := c)(self)), x=...(n, *1_000, n)[total](*count, result, value=self) not in ñ != (2j))()
                raise (None.name.real); self = j.name(*3.14) and (lambda p, b, *q, t=ñ >= total >= 1 == ..., **a: 10.)
        except:
                i = (1e10)[café, f'''100%''' if u'''\n''' else True][n.get.y[0x1f, 10.]][__dunder__ and data]
                # type: ignore
                result = ñ.keys << café
                data[(42, b)(*0o7, data)] = i = u"""é""".value and _ >= rb'''e'''
        finally:
                j[(42)()] = (0b101)(**z @ b''':)''')[{**self, """(x!r)""": y}(z=0b101, x=z):]
        self = ((self ** z) ** (k < b"(x)"))
except* Exception as err:
        # comment
        i = -(42)[:]
        total //= (0, '(y=)', j, y)[ñ, n].__class__(k) * ("(())" ^ value); global i, value
else:
        del i[(items if items else .5)]
        # é 😀
        async def self(d: (yield from .5), **p: not ñ): from m import *
finally:
        with (... | i) ** (not f"""{y=}""") as n:
                café = (10.)[None, result](obj, **items, café=__dunder__) if value is rb"""(y=)""" <= r"""(a[0])""" '\\' <= ñ else i[value]
        def café(e: ñ(rb"""100%""", j), a=r"""text""" % a, *, t):
                __dunder__.append = c[(lambda a, s, *, b: 0o7)] = a[obj] and (yield)
try:
        with u'''(x)'''(**(y or items or count)) as b, self, not (a if data else total):
                [data, self, *c] = (z := y(f'''''', *10.)(3.14)).get
                total: (j := obj)(3.14, b=n)(*Rb"a b c", self=ñ).items = (lambda s, *, c: (2j)(F'a b c' u"(())", 10., *...).real[:k])
                import os.path as p  # trailing
        @r'''(x)''' '''tab\t'''
        def ñ() -> items if x else _:
                from ..m import (a, b as c)
                x = yield
                b = (y if i else data) @ (yield F"é")
        # é 😀
        for obj in False(*(lambda t, c, s=(f"""100%""".real), *p, q=n >= 1_000 is n is not self: j), data(data).name(_=.5)):
                ((b ^ value) and Rb'(a[0])' ** a) & (1)([False, 0b101, *y][.5], i=0b101 + k)
                global i, data
                items[j or __dunder__ or café or x] = (k if data else 10.) ^ (self and data and obj); (café.append and (10.)(rb'(y=)', value, n) and [None, k, u'''é''', total](total) and (1e10).value.x(obj, count="(y=)")) | (2j)(None) - '''\n'''[self:0](value, café, data)(*x, Rb"e", total=b)
except* a.b:
        del data.get

        while (-None) or u'''\\''' % b or (r'''(y=)''' or ñ) or j[0x1f][u"""a b c""" r'''text'''::y](data):
                value = __dunder__.x.get
except* Exception as err:

        if ((self := 0b101)(u"""é""" u"""(())""" u'(())', items, j=(1_000)), '''\\''' and ñ and 1e10 and value, value ** _, not items)[j if _ else self:y.name:0 < 1e10 >= "100%" r'''(a[0])''' '''text''']:
                (0).items or (lambda e, /, **q: 3.14) or a - obj or z / obj if not (rb'''e''' if _ else k) else c ** None and not data and not j
        elif (b(__dunder__(data, total)[:self](z=z), value | __dunder__, y(u"\\", **i))[()[:'\n':](), False if self else '(a[0])']):
                -((0o7)() % [3.14, data, *café][n])
                k = j(total & result, f'''it is''' ^ n, x=k(1e10)[café:data])(f"\n" F'{x}' "(x!r)".name(**r'''tab\t'''), (42).value(c, **10.)[a:0b101:], not total)
                count = (*'''(x!r)''' << b'\n', total - 1e10)(r'a b c' | (3.14), **c(2j).name)["(x!r)".keys, result or '(x!r)'][u"""(y=)"""[value], obj(data, j, x)]
        elif (.5)():
                n: not z = (c * 2j + ().y[0:])
                [count, value] = i >> value if (2j)(**data) else (lambda s=not obj, **a: 1)
                [](*~1_000, __dunder__.append.real, *(z := café).value)[(.5, 1).y(False, **1)(i, *b"tab\t", _)] ** (not (lambda: Rb''))
        n /= not -items
        __dunder__: ñ() = a["""a b c"""().value.__class__]
else:
        count = j(~ñ, _=(lambda e=f"""é""" if data else 1e10: 0))
        _ = {ñ: result for j, count in n(z, 0x1f, 1)(a, total, _=data)[:2j] if _ == count in value if c >> b}
        _ = [ñ, self, *_] = (42)(*x, *(0o7), count=obj) // ('\n' u"""(x!r)""" for (items, a) in b if data)[::42]((0), *i, **z)
