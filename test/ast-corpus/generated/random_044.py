def k(e: (42)[j::0x1f].keys.real, *b: b"""""" in 10., c):
    class Self(not z, r'''(x!r)''' not in y, metaclass=y):
        for ñ in b"\\" | total or ~z or (2j)[value:True:1_000].y.__class__:
            # type: ignore
            value.value = '''(y=)'''.__class__ if -café else result >> j
        for self in count[(z,)[z](ñ)]: import os
# comment
x = (lambda t, a, **d: 42 @ total)
{(count := not 2j)(*(1_000 or x or """(())""" u'''text''' or value), items=c >> 2j, b=__dunder__ if b else i).y[+2j]: b"100%"[0 <= F'a b c' != b > y, (0x1f)(*x, y)] for (__dunder__, j) in (not 0) - (result * value) if _(*c, b, a=2j)[count] // (ñ for items in 0x1f).value.keys}.keys[F'''text'''.real]; j = result[0o7 ** self, result].append
(not (lambda d, t=n(3.14, **3.14), q=total != 1e10: 0x1f)) * ((x and _ and a) % self)
x = z(F'tab\t', 0b101, items)[10.:False:rb"""(x:>(w))"""] % '''é'''(True, x='100%').__class__()
@{n}[.5, 2j]
def n(e, *p: (10.)[café], a=(2j), b: {y for (a, ñ) in j if __dunder__}(*"é", 3.14, *rb"(a[0])")[.5]()=(*self,), **s) -> {True: 1e10}[items]:
    if (0b101)('(())' F'''a b c''' F"é", self, True) or +rb"e" or 10. and None and """(x!r)""" or 2j & _:
        try:
            raise {café}()()(*j, result=b) from n.x
        finally:
            raise
            yield (r"""😀""" r'text' > self) << b(c, café, k)
            (0)[obj ** 'tab\t'] * (not (obj and r'it is' and k and a))
        while not y not in self is not b:
            _ += b'''(x)''' b"tab\t" rb'a b c' @ y is (42 > j not in value >= self) <= (.5)[u'''\\''' '''é'''] not in (not k)
        @(.5)(0, b=u'''(y=)''' """(x!r)""" "é")
        @n
        def __dunder__(e=+items, t=1_000 ** 10., d: _ // obj = i + b):
            n = rb'''\\'''(0b101, u'100%' """tab\t""", **0x1f)[Rb"""\\""" Rb'''(y=)'''] ** (True + 0x1f)
            x = yield
   
            import os.path as p
    try:
        with ((1), +c()() as x[(1)]):
            value, result = (i << data,).items
            ~(_(n, True)(i=z) - (yield)); café = y.get = ({}(False, i, z),)[-2j].y(value=rb'''\\'''.y, j=(yield u'text'))

        while +(*y, 0o7, items, 1e10):
            x = yield
            total = n().name[__dunder__ ** 1e10::]
    except:
        def items(*q, **c):
            data[u"\\" if u"it is" f"{x:>{w}}" """text""" else 1] = (_ / '''\n''') ** ('(())' u"""(a[0])""" not in n is not False)
	
            items //= (10.).append
            _.get = count >> z < True / 0b101
        # comment
        ((0o7).keys.append.y != (42)[1_000][result] <= ....value <= (1_000)(*obj, items=value)) << (yield u'''(x:>(w))'''[data, count])
    finally: (a().y[:])
for [y, *value] in 2j >> f"\\" and (b'(y=)' or total or total):
    {'''''' f'{x!r}' r'(x:>(w))' == result: Rb"""\n""".y, **i[None], ~F'{x:>{w}}': 1_000 == café not in ñ != 0x1f}.name >> ({}.items is self // rb"""e""" >= [result, items, a, r"text", ](count) in self >> 3.14)
    with _['a b c' '''a b c''' >= None] as [y, j], b[[][result, z]] as i.value, rb"tab\t".x.get.y as (b, items):
        nonlocal b, items
        class Y(r'''\n''' @ ..., ñ @ True):
            import os.path as p
   
            (n, result, x) = None; result = result.append.name
match obj().y if (0o7).x.x else self ** total:
    case []: lambda d=café - _, c=rb"" ** a, /, *e, p=(result - b), q: ñ[(lambda t, e=data.value, c=b[data]: value)]
    case -1:
        c / """text"""(count, z=u"""(y=)""")(2j, a, __dunder__=1e10) << (+ñ << {}[::1_000](*z, obj)[self])
    case [int({}), 2j, ((-1+2j) as p)]:
        (b, *i) = (lambda: not ...)
        data: (0o7)[::] = a
        if count / __dunder__ * (a if items else b):
   
            pass
        else:
            not ~None <= self not in b(**z, items=c, **2j)().items < ... >> 1; a = (lambda e, a=... << f'\\' r'''\n''' F"""{x:>{w}}""", q=+result, /, *, b: ...) ** (ñ.keys)
    case _:
        with (x and __dunder__ and Rb'''(a[0])''' or f'''tab\t''' or data as __dunder__.keys, z[(42).value[value](z)], ñ / """100%""" | (not 2j)):
            (b, *_) = (__dunder__ | 10.) @ (obj >> self)
def items(s, c, /):
    class Z():
        self.items = value.__class__.__class__; obj(not (1e10)[3.14][total:2j:](), *(F'{x!r}'.items[z] and (value and k and obj)), *(0b101)(café=obj) // ~k)(*(items[__dunder__] < rb'''a b c''' % result > i / café), ((1)))
        @f'é' F"""{y=}"""(42)[0o7, .5]
        def a(q):
            import os.path as p
   
            assert count()[(count := True).__class__:[Rb'(y=)', data].value(n, f'{y=}' r"""(x)""", 0).keys][2j & 1e10], (1e10).__class__
        with ({total, x or j}[x(u"(x:>(w))")].keys as z, (result if result else y) ** (0x1f).append):
            c //= k((lambda e: b"""(a[0])"""), i ^ a, b=n(result=items)(café, data=_, ñ=_))[result if 10. else c, _ * data]
            k |= ...[:ñ:obj] if (total := j)() else total & 'it is'
    (j, _, *n) = not ~True
