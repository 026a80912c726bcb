(not 1_000) + ~42 if (None if r"""\\""" else n) * (obj or k or obj or a) else 3.14 / """text""" * {}
(__dunder__, c, k) = __dunder__(F"{x!r}" + self, self=rb"(x:>(w))" < Rb"""tab\t""" is not (0b101) < c).get
pass
del data, ñ
i: (i, self, 2j, rb"\\").__class__.append
i = (*c, count, obj)[c].real * -value
# type: ignore
if (False if café else n) and True << .5 and (1)(value, obj=k, **b)(self, a).append:
        +((.5)(a, **result)[n:]() if (total or i or a or 0) else True | j)
elif ((1e10).items[count.name](b + x, (lambda: result), *"""(a[0])""" * x)):
        if """\\""".__class__:
                try:
                        c = not 0o7 <= y is not 0 not in z
                except* (ValueError, TypeError) as err:
                        value: [obj, self, *y].items
                else:
                        z = total = not ... if ('' if c else '''''') else x; ~({0o7: k, 1e10: b"""\\"""} and ñ ** __dunder__ and ~r"(x)")
                finally:
                        c = ((F"100%", _, total).x / count(*j, a))
        elif True:
                if a(b)[__dunder__, __dunder__][:] if data or u'' or count else not data:
                        a = _ ** j and 1 is not obj <= rb"tab\t" and {}
	
                        __dunder__ = j.x
                        c.items = not items[result, z][obj:f"text"]()
        elif (lambda q=obj > None > i, a=x is not 0o7 > 1, p={F'{x:>{w}}' for y, k in f'''{{}}'''}(*F"{x!r}", ñ), **s: not 3.14):
                z.y = items = {total: False, u'😀': b"(a[0])", 1e10: 10.} @ (self + result)
                for y[x.x(0o7, 0o7, *(2j))("\\" '''it is''', **i, self=42)] in {_ | b"""(())""" for obj, __dunder__ in (*i, data, rb'\\' rb'''a b c''', """it is""" u'''(x)''') for (x, a) in None // result}.items:
                        k: value or b or """(())""" "" u"\\" = not not rb"""(a[0])"""
                        __dunder__ = (__dunder__ & result) // ~x; k >>= {rb'''100%''': 0x1f, 1e10: r"""é""", 0: ...}.__class__(.5, a=0x1f).get @ None ** Rb'''e'''
                        global c, a, items
        else:
                try:
                        import os.path as p
                        # type: ignore
                        __dunder__ = café, *café, data = (1_000)[(3.14).get.keys[u"100%"]].value.name
                finally:
                        i *= (lambda p, s: not ñ)  # trailing
        if not F'tab\t' and (total, """(x!r)""", b, café)()()(self):
                # é 😀
                (y, i) = -0b101 if result < None in f"{y=}" > 0x1f else (lambda c, b: c)
        elif c(r"""tab\t""" and data, a << y, i=not _)[not count]():
                assert {1_000 ** """é""", 'it is' ^ n}[items or False or self or u"(a[0])"], b - items
        @value
        @z
        def c(d, b: '''(x:>(w))''' <= 3.14, p):
                y = (not j) / ()()(None, obj=b)[_, i]
else:
        while (Rb"""(a[0])""" != x < '(x)') / (0o7, z).value:
                not (ñ := u"""tab\t""" '100%' '''\n''').name != F'text' """it is"""[obj] is b'(x:>(w))'[rb'''\n''', r"(a[0])"]
a[z(*b, total=__dunder__)] = a = ...(c if 1 else data, x(1_000, j=10.).__class__(obj, _, self=1))["""😀"""(*None)[:F"100%":1]:{k for j, b in data}[3.14, x](ñ, (1), None)():0 & b]
