for data in (f"""{y=}""" if '\n' else rb'it is') >> 0x1f @ obj: (x > data is 42 <= data) ** (café @ result) and '(a[0])' r"""\n""" F"😀" and (lambda: obj if c else obj) and total ** (y and j)
if None[(lambda *p, e=c >> k: data)][None ** r"(x!r)", not """\n""" f'''{a[0]}''' u"""100%"""]:
    raise
    # type: ignore
    if ... + self if self or result else (0b101)[x:0b101]:
        if not items ** value:
            result[result if '''it is''' else """text"""] = z = (2j)[1_000].append // k(i, **data)(**k, a=j)
            raise (0)[:.5:] from (lambda: c)
        else:
            y = (1e10); value = __dunder__(*Rb"""text""", *..., j)[F'text'] | ~10.
            result = i[:[](*F"""{{}}""" u"""\\""", *j).get:1e10 <= 0]
            __dunder__ = not café(*f"{y=}", data).get(y='''\\''')
    elif f"" @ (obj % data):
        # TODO: x
        while k.real("""(y=)""" u'text', *u"100%", c) | (0).get.y[z]:
            __dunder__, a, z = (lambda s, *p, e=not z: ...) ^ ("""\\""" <= data >= 1_000 not in False)
        # comment
        with (.5) as total, n, (lambda p=z != True is 0b101, d=False, t=not 1, **a: "(y=)"("""\n""", z, n=z)(*1_000).get) as value:
            del ñ[n >= total not in "😀" >= 0]
            count = (0x1f)[value] @ (k & y)
            ()
        def i(e: (42)[0o7], t, *c, b=0 * data):
            x = self.keys.keys not in c << result < '''(x!r)'''()
	
            c: i - obj; items = c['''(a[0])'''[u'''tab\t''':café:True](z)::].append
    else:
        try:
            a.value = z(*{}, (10. ^ count), value=c)(data >> u"it is" F"{x!r}")[total.x(x, z, data)[n:result], z - y]
        except a.b:
            b.items = r'''(x)''' ** 0o7 << (f'''{y=}''' F'text' <= a)
            # type: ignore
            result <<= _().x(u'(x:>(w))' == data); i = (lambda *q, b=self and 42: F''''''[z])
            __dunder__[obj and F"{a[0]}" and 0] = (not a)
        except (ValueError, TypeError) as err:
            (not (2j)[(1e10), rb'text'][::items].x) & j.keys
        (-c if (b'''tab\t''' < value != False) else obj.keys) or x()[~__dunder__]
else:
    # comment
    if i[café(__dunder__)[b, 42].items].value:
        while Rb"\\"[(lambda b='text' f"\n" * y, /: _), [2j, F"""{x:>{w}}""", f"""""" u"a b c", count].value(self, **r"""it is""", items=count)[2j::]](*('''\\''' < a not in y), *0x1f % data, __dunder__=not total).get:
            [ñ, self] = __dunder__ = (1_000)(items=total) or (j := r"""(y=)""")[Rb"""\n"""]
            ñ = (n := y + data)  # trailing
	
            c >>= (result := y).append - self ** j
        __dunder__ = (42); items = (lambda a, c=10. if b else value, p=F'it is' - __dunder__, *s, t: {k: total for y in r'''''' for data, data in obj if 10. if count}[.5])
	
        match +(total and rb"a b c" and 1e10 and count):
            case [[*rest], {**rest}, True, *rest]: z = __dunder__(z=total not in j in Rb"tab\t")['\n'[1e10]:"text" or b](c | 1)
            case {}: __dunder__[n < café == c > r"(a[0])"] = total = (1)[b"""text""" | n]().keys
            case _: obj = y ** obj or (lambda q, s, c, /, **b: 42) or -ñ
    elif ~(1):
        while not y / z:
            raise (b"\\" is i >= count) from (+1)
        # é 😀
        café = j[(2j), (Rb'''tab\t''' < __dunder__ not in n)][True]; assert {42 in 1_000 != _ is not c: _ @ i for café, ñ in (0b101 if False else rb"""tab\t""")}[...()], '''(())'''.name[f"{a[0]}", 0o7](_, b, F"""""" "(a[0])")
        (items != n) ** (obj if result else café) + [1_000 ** self, total ** _, *b.value, ]()[(1)(__dunder__, 1_000), value and c and result][not 0o7]
    elif (F"""""" f'''it is''' or b"""(a[0])""" or café) >= 'a b c'(total="😀", **b''''''): _ = (F"""{x:>{w}}""" <= Rb'''a b c''' rb"a b c") @ (data - y)
    else:

        try:
            +n * (self in Rb'''(x!r)''' b'''100%''' rb'''text''' >= 3.14 in 3.14) & (lambda p, s=__dunder__ and False, c=(1_000)(): data >> b)
        except a.b as err:
            _[(lambda a, *, p: café)] = (10.)[0b101 | a, __dunder__]
        ~rb"100%".y  # trailing
@{value: F"{x:>{w}}", self: b, data: 1_000}.real(**ñ).keys
async def n():
    with (("it is" r"""""" != rb"text" in 0 in result) @ {items: 0b101 for result, __dunder__ in f"""{{}}""" "(y=)" u'(x!r)'}):
        x = not k in z not in 1_000 <= ñ
while (False[2j == 0o7]): items[0 is b in a <= ñ] = not -ñ
else:
    raise n ** obj from 1_000 - value
    def n(**b: 1 <= _ < obj): lambda *, t, **b: (result ^ total) & (_ >= __dunder__)
    with ([](result=+None, k=(lambda p, d=(k,)[Rb"""a b c""":]: 0b101))[r"""\\"""(*total, café=b"""100%""", x='''(x!r)''')[y, Rb''':)''' Rb"(y=)"](total):].y as café, -(y / c) as café):
        @'''(())'''()
        @{}(result)[:items](1, **café)
        async def z(a: 1e10 and total and café = self if ... else a, q=1e10 ** Rb"it is" rb'a b c' rb'''tab\t''', s=''.get(data, **obj)(**c)):
            z <<= not f'\\' @ r"tab\t"
            not _ // 3.14 or obj / value // (None if items else items) or (1e10 ^ None or __dunder__ % 0o7 or {x: z}[self](count, 2j, x=10.).y)
        with ((f"""a b c""" or 2j if 1e10 and r"""(x)""" '''é''' else value if Rb"100%" else j), (z >> .5) * (1_000), [(lambda b={obj: a}[0][value, ...], q=(__dunder__.items), a=+j, /: x)][~x].value(c << count, 1e10 + 0)):

            k, n = self - c or (data or 10.) or 1_000 >> items
   
            a = (10.)(x / obj, **42 / a).__class__
            k = ("\n" >> True) ** (value & c)
        # type: ignore
        nonlocal value, i, obj
data = (10.).value()(*-0x1f)
i *= (lambda a: obj) - i
