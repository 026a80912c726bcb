class I(café is café, self @ 1):
	
        value = (1_000)[:i if b else k:+result]
        __dunder__ = ñ | x if ...[r"\n"] else j not in result >= café is False
        import os; count[(y := value)[value:](*b, .5)(count, '''(())''', value):(0x1f)[i, 1e10]:][c(items='(())')[f"""{x!r}"""]][(2j)[c]] - x.get
("""tab\t""" and data) and ({3.14: z, result: _}()) and k >> x and [result, *data][3.14] if not j @ _ else (b'(x:>(w))' >> total) * (ñ or n or __dunder__ or 'é')
a: (0)[total, .5][i][result] = result(__dunder__(ñ, ..., total=obj)(...).keys)
for i.__class__ in not -1e10:
        # type: ignore
   
        match b:
                case (2j | {}):
                        break
                        z ** z((z := a), Rb"tab\t"[i, result].__class__)
                        (0x1f)()
                case _:
                        j @= (1e10)["""(a[0])""" r"""text""" r'😀'[_]](None / obj, -b'(a[0])').y
        for value.items in self and -café and y.__class__():
                with (0b101) ^ x.real:
                        ñ *= café.value[c % '(a[0])' '(x)']
                        (lambda *c: not 42) ** (''(z, _=items) in (y := items)[_].x.get != (not x))
for obj in '''é''' not in 10. is not 1_000 not in obj if b / x else +n:
        if (1_000)[j][y, total] >> None - value: result = u'''\n''' F''''''
        else:
                match ""()().items or (y if count else self):
                        case []:
                                raise count ** 0b101
                        case {}:
                                x |= data << r'''(x)''' and None() and Rb'''(())''' @ "" and (0x1f)[i]
                        case _: obj((1 not in b"tab\t" is not k >= total) in (value in 42 <= f"""tab\t""" f'\\' 'it is' < 1) > "(y=)" // 10. is _ @ '(a[0])', c={b"e" if 42 else data: b not in z < 2j, **(b'(())'[a]().items)}((0), z=not value)[1_000 + __dunder__])
                k = count.keys = f"""{{}}""" @ total + z[n]
                (0o7)(**(b"""e""" and 0o7) / (F'😀' F"\n" F"""{x!r}""" not in data not in value == y), **(not self) & {}[1e10][café][n:])

        for k in F"{x:>{w}}"[obj][_:].value and (lambda d, /: (1_000)):
                # TODO: x
                c = j(_ ** False).items
                # comment
                match (not b) * {obj: c, n: n, total: _}(..., j="text" f"{x}" "(a[0])"):
                        case {'k': [x, 2j, *rest], **rest}: (lambda b: (items,)[data, ...](a).keys) ** (c % a | b'it is'[self::café].y)
                        case -1+2j if True[y:]:
                                (ñ, items, items) = {}[j](True - n, (lambda e=self and n, /: 42))
                        case {} if F'{{}}' f"{{}}"((1), value=z):
                                (0b101)[café - F'''{{}}''', False - b] % {~True: total ^ True, (y(ñ=y)(False)): obj @ items}()
                        case _: (y, *self) = F"😀" F''''''(count=True)[0x1f:](i, *True) ** (y if x else c)
                if 1e10 | a and None(1e10, _):
                        (~(not z)) in (0x1f)[z:obj] % (u"" // u"(x)" "tab\t") == """it is"""(self) >> (0x1f if x else _)
                elif ~.5 >> (Rb"(a[0])" & result):
                        a = (y, k) = (10.)(c[result][1e10, data])(data, rb'\n' > i, **(.5)[j][...]).x
                elif (0b101)[1e10 in self == a]():
                        ñ = (__dunder__ or 0) and (lambda p, /, **e: a); __dunder__ = a.x.y
                else:
                        a += not ()()
        else:
   
                count = (k and data and r"\\" and rb':)' b'''(x)''') << (lambda p, t, *q: k)
                nonlocal z, c  # trailing
	
        with k.value, not (c(i, **None).items), i + data ^ (j > 10. not in value) as self:
                while {Rb"(x!r)"[F'\n' r""""""]: a or data or b}[café].value[::]:
                        b <<= obj.keys; count.name = __dunder__({c, 1_000, ñ})(*"""(y=)""" / x, **__dunder__ % 1e10)
                        # é 😀
                        total //= -(0b101 @ result)
                        self += count(*(k or café or u'''(y=)''' or i), *i.append(10.), count=self)
                else:
                        __dunder__ = (1).items(0 < self not in café, **(count or result))
                        count = items = -+i
# comment
if __dunder__:
        try:
                ñ, k, j = [*i, k] = {u'\n' != result: j % rb'''(x!r)''' for items, b in result ** ñ if b"""text""" << z for result in "\\" / 1e10 if value @ total if ~3.14}[-obj](items if 0o7 else '(a[0])', [2j for (b, b) in b for (x, self) in items if .5](0o7), **u"(x!r)" / z)
                try:
                        ((z, data, None)(1) - __dunder__.keys[42]) % ((y if __dunder__ else Rb"tab\t" b"e" b'''(a[0])''') & b % '''é''')  # trailing
                        (lambda b, q=2j ** z, s="""text""" f'{{}}'.keys.name, *, e: (data := False)[value]) ** (Rb"""100%""" + i << (10. and i))
                        (1)()(self=(0b101)[10.::] >> (3.14)[n:y:0][c:None:]).items
                except a.b:
                        pass
                        # comment
                        obj = café.value.x; raise z if 2j else count from not x
        except:
                pass
        try:
                global __dunder__
        finally:
                y.items = (_ >= café != a) != (not value) in b.x
                class J("tab\t" & 1e10):
                        # type: ignore
                        total = (café and 10. and 3.14) == (lambda *t, s=u"(x:>(w))" "text" r"""(x)""", e=b >> 0, **c: ...) > 1e10 ^ 0o7 not in Rb'''100%'''(rb"""100%""")(**j)
                        a = [café, obj, result] = not False[...]
elif -(rb'''tab\t''' / 0x1f):
        if u"😀" 'it is'[ñ / x][+items]:
                while x.get if b'(x)'[result] else [y, value]():
                        y = (0)
                        pass
                # TODO: x
                match c:
                        case True: None(k=not (ñ if False else 42)).value
                        case _:
                                global count, café
                if k > i not in 42 is not True and k ** z and ~data and (x and data and b and ...):
                        x.x = obj % count >> [b"e", *__dunder__][Rb"tab\t"]
                        (0b101)(c=not k, café=items - value, n=not café) if data[y if obj else 2j:{self}.get[obj, 1]:self ** j][not _:-rb"""(())"""] else c[n & ñ]((0b101)(*_, **_, **count).keys[items:obj], """(x!r)""" - 42, value(obj=j)(f"""a b c""" F"""tab\t""", ñ, j=10.).value)(*(2j).keys, b=3.14 if 1 else 1, **café ** b); x ^= not Rb'''(y=)'''(b, result, value=None)
                        b'\\'(**count.value[__dunder__.x(n=café), (2j).keys.get]((z for a, y in items for count, count in 3.14)(), F"""\n"""(**F'it is' F"\\", j=data, **z), z=(42 < n < rb'\\' < x)))({(0): __dunder__, z: ..., **rb'''(())''' b"\n"}() ** (False,)(r'100%', z=0x1f, **F'''{x}'''), result=f"""{x}""" """""" r"""(x)""", **(not {b: False}(rb"""(())"""))); u'''(a[0])''' "(())" F"100%"((42)(c).x, total=items(n, value)) << (.5 % ... <= 0b101 * 0x1f)
                elif (café()) | (rb'''text''' not in obj):
                        import os; nonlocal x, k, obj
                        x |= -1 + (result >> 0b101)
                elif ~0 <= (items or count) >= data % a < (1 if café else value):
                        value % (True - ....y)

                        raise 10. not in 3.14
                        b = (0o7)[data].get << i
        elif [data, *i](total, x, result=data)[f"\n"]() ** (_ >> b):
                if (1):
                        self = self.items.real.append
                elif {{total: total, ...: y, 0b101: r"""tab\t"""}[n, "(y=)" u'''it is'''][obj][::]: +z, total is not 1e10 < café: y - items}():
   
                        z: n ** 1e10
                elif Rb'\n'(+.5, j=+10., **+True): raise ... from ~self
                else:
                        _ ^= rb'''\\''' % (None >= data not in data)
                class Result(count / __dunder__): raise __dunder__ / .5 from (lambda d: 42)
                class N:
   
                        k = (k := count.keys.keys).name
                        count
                        result = (0o7).get
        elif (lambda: lambda *, c: 42):
                items **= (1e10 <= u"(x!r)" in True) / (value * u"""(())""")
        j = ....real(café(c, Rb"""it is""", b=0b101).value, 3.14 | n, **(items or """a b c""" or count or total))
elif (F"" is not j < "tab\t") * 0 ** Rb'''text''':
        match (+(not True)):
                case None if items if b"\n" else a:
                        nonlocal _
                        assert (z in items) - ('(())' + 0), rb"""(y=)"""(3.14)()[:]
                case Point(Point(), z=1.5):
                        k[items / ...]() ** -(lambda b: count)
                        assert not y != """(x!r)""" > z, _ ** count
                case 2j:
                        -(i ** x) ** [__dunder__, k]
                        (1)[items].real(c, i='\n') // (i == 1e10) & r'it is'.items(data[z]().get).name; b"e".append()
                        raise b'''\n'''[z::](n, b) from z.real(True, 2j, __dunder__=z)
                case _: +({c: 0}(c, *..., i) or .5 - value or (__dunder__ or j) or 0 and rb"(())" and 1)
        while (~~x):
                # comment
                try:
                        _ >>= ~{0o7, _, total}(ñ, y)()
                        (rb"""text""" | obj and total and +10. and _(F"""{x!r}""" f"""{x:>{w}}""" F"a b c", b=n)) >> ((lambda b, p, t: café) if x > 1_000 else F"{{}}"[10.])
                        ñ = data ** café ** _
                finally:
                        self = [y, n, 1_000, f'''{{}}'''] | __dunder__ + self
                ñ()['''é''' F'{{}}' f"a b c" is ~z is -3.14:y ^ a >= (lambda d, p, *q: result) > (0 if x else j) >= (1e10)].real
                with +k > (0x1f)[:](café=self)[3.14] == rb""""""[j:F"" F'{y=}' f'''tab\t''':result] as x:
                        nonlocal value, _
        else:
                data = False({k: .5, _: k}.items().x, *f"""\\""" u"(x:>(w))" F"\\", """(x)""" * b"""(x!r)""")[Rb'a b c'.items():((3.14))].keys; [i, __dunder__] = -(not b)
   
                @(*obj, b"""(x)""").name
                def c(*c, a, p: a.__class__[i]=1_000 + i):
                        (yield (a for x, c in b'it is' for result, __dunder__ in (1e10))(café, k, "" u"text")) < (....y, n ^ .5, ~obj, not a)((().append(total, __dunder__, ñ)[__dunder__]), ñ=x % """(a[0])""" F"""it is""" F'{{}}')()
                        j: a - x = x
else:
        class X(data or z or .5 or 1, x @ (1)):
                @ñ
                @"tab\t"
                def __dunder__(p=j.append[café:1], *d, e, b: café if 2j else 10.=(yield k)):
                        items.name = data // b'\n' rb'(x!r)' and ().y
                        # é 😀
                        total = u'''100%'''(**data)(u"(a[0])") and 1 | j and count.x and (lambda q, p=rb'''(x!r)'''[42], *a, c, e=(total,)(): _)
                        y: x + 2j = result.name[2j] if (lambda *e: 42) else (n, z)[y::value](value, **"""100%""")[:.5:j]
                if (1_000 < z is k, total[rb'(x!r)'], False if f'''{x:>{w}}''' """\\""" else .5)(0x1f ** count)[:__dunder__[Rb"\n"]:(total := .5)[__dunder__]]:
                        ((not F'😀') >= (~u'''😀''' is (a is u'é' F'{x}' F'''{x}''' == F"""{x:>{w}}""" != 0))); value: {y: n, ...: c}(*n)() = i()[(lambda e, s, c, /, *a, d=-z, **t: 0)][-'(y=)', not 0]
                        del b[result | c], c; items = value()
                elif -(1e10)(): z = z(not a)
                a = i = {self - "(a[0])" for count in (__dunder__ if 42 else obj) if Rb'it is' != 0b101 for (data, y) in (-self)}(i >= ñ == True == 0); value = (count not in 1e10 < (0)) ** 3.14 ** a
@Rb"""100%"""
@data[x::0o7]
async def n(q=i ** F"""{x!r}""" "(())" """\\""", b=(2j).name, t=-b, **e):
        class Value:
                while [_ ** 0b101, 10. & count, ((1e10)), 0 ^ obj](*("""(x)""" f"""{y=}""" "(x)" and café), (1)('(x:>(w))', obj, **r'(a[0])'), *(.5)):
                        from ..m import (a, b as c)
                        n = (1_000)(value + __dunder__, b=(lambda: j)); pass  # trailing
                        x = -j >= obj.real is not x(*a, u"""😀""")[:...:]
                a *= (x if 10. else rb'''\n''') % ("""(a[0])""" >> 0b101)
                while u'''(())'''[2j:j:y](self, x, obj)(x, b=0o7, x=result) >> (10.): k = (.5 // b) ** __dunder__ ** result
@'''\n'''()
@(i := .5).__class__
def obj(e: -café, /, *a, p=a | count):
        if (.5)[0o7] >> (1_000)().name:
                while '\n'(obj=0x1f)(10., value).items or (yield a) or {b: z for (__dunder__, value) in '''(())'''}.real or '''(())'''.items(f'{x:>{w}}', data=count):
                        return
                from ..m import (a, b as c)
                if not '''tab\t''' == r'''it is''':
                        x = [result, *ñ] = [].y(*(0b101), **(2j)(data, 42, j))((0x1f)[y:data](_, 1e10, n=total)('', **rb'100%'))
                        count = i = [][not """é"""][z if z else x](value=total if F"""{x:>{w}}""" else 1e10)  # trailing
                        (ñ, ñ) = total[self()]
                elif self(('\\', ñ, total, 42), F'a b c' * 1_000):
                        ñ(data | 1, *(lambda e, b=items % c, q=(.5)[0, rb'''(())'''], *d: F"""text""")) and (lambda **t: x / 10.)
                        nonlocal café, c, i
                        ((1_000)(__dunder__, """it is""", result=b) if 0b101 not in __dunder__ else café < ..., (j := False).real(z, self, n=y) ** (b - value), (.5)); total = {..., 42, """😀""" u'it is' F'{x:>{w}}'}(f'''{x:>{w}}''' '(a[0])' '\n', **ñ) - '''a b c''' ** total
        elif Rb'''a b c'''.x or +b"""(x!r)""":
                for *data, x, count in j(~value, total[total]).keys.x: c: (result / '''(a[0])''') = (0x1f)(value, False, n=1_000)[:"""(x:>(w))"""] / (c or u'''(())''' or rb"""100%""")
                # comment
                raise items & 0o7 from 1 is not self != items
        elif (0b101)(not self, *(not j), n=(lambda b, d: z)):
                class Data:
                        y.__class__ = ({1 for value in j for (count, x) in a if a} for items, n in b)[n[1:False](*a, *f'\\')]
                        x %= n(n, x, k=1e10) or F'{a[0]}' <= b"(())" or b < 10. is not (.5) > _
        b = b()
        class C(Rb"""e""" << items):
                if (lambda a, /, **d: data ** 2j):
                        b = [result.__class__.value[y], ~café, f'''{x:>{w}}''' '''it is''' not in i, [k, b'(x!r)', """text""", count](1_000, b, x=y)(True, """""")(**a), ].keys
                i.name = rb"(x:>(w))"() ** (ñ ^ __dunder__)
