with z(*i, items=u'tab\t' F'''it is''' r"é"(n, u"""""" r"(x)")) as (items, k, c), (lambda: café == r"😀" == b"""tab\t""" in ñ) as c:
        a = n('(x)'(0x1f)[c, _], c ^ value, (lambda p, e, /: i))
        n >>= items[i(result, items)]
        for items in (Rb'''(x:>(w))'''.keys[z]):
                self = a / x and (10., c)(i)(True, k) and j and [u"""100%""", c, F"é" "(x!r)", total, ]
                (Rb"(x)" rb"(())"[::(0b101)]) ** (_ := [obj, ].__class__())[True and total and 2j and café:]((0x1f)(), *2j + count, count if None else n)
        else:
                z: b
                café = ñ = not x.__class__
                (self + '''text''') ** -data * café(count=F'''{x!r}'''(self=2j, c=b), ñ=(i, 0)); __dunder__.value = (total or 1e10 or y or _) ** result().x(result)
__dunder__ %= (j or result) << (0 and u"""\n""")
match (n if __dunder__ else value) ^ (1_000):
        case {a.b: int(1, z={}, x=[])} if n:
                b: (result % count)
        case _:
                z.append = (F'''tab\t''' >= '''(y=)''' r'text' < self) ** ("\\" @ 2j)
                n.items = y = {}
result.get = (10.)(*z, obj) | (lambda a=c not in café <= result > a, c=__dunder__ & True: data)
items = ((3.14)[value].get[c]) if +j else count & café
# type: ignore
(ñ, i, value) = items - i and (r'''tab\t''' f"""{y=}""" u"it is" or """(y=)""" "(x:>(w))" or 10. or café); items[{items: k, 2j: f'\\'}(x, ñ=result).value(i=1_000, self=c)] = True()
match ...["(a[0])"] * (3.14)[::].append(_):
        case 's':
                obj @= items(*y, obj)(self, None, items="""text""")() * (not '''(a[0])''')
                del k, n[~z]
                raise
        case ((-1) as p) if (obj,).x:
                *n, items = __dunder__(False, 0x1f, j)(*0o7)(ñ) or r"(x!r)" > result is 1_000 not in b or "100%" + """😀"""
                total = (k := (3.14)[::data])[_[i:Rb"""(x:>(w))""" Rb"""it is""" rb'''(y=)'''][data]][{café: obj for café, a in k for value in ... if y}(self=items, obj=10.)](1 in c, ñ(*42, total), j=i >> n)
        case _:
                [a](café, café)[x, a] & (not self) if y()['''(x:>(w))'''[k].value.value][None >> obj:ñ % self:] else ~1e10 + """text""" '''a b c'''(*ñ, z)
for k[obj[1e10]] in j * Rb"""tab\t""" << 0o7 - 42:
        try:
                items >>= (lambda d, a: True >> F'tab\t')
                x = (0b101) ** (a ^ value)
        except a.b as err:
                global j
                import os.path as p
                break
        except Exception:
                (café(i=r"""a b c"""(value << obj, 1 // F"{{}}", **n).keys.items)())
        finally:
                count = {[_, __dunder__, *rb'a b c'](*_, __dunder__, c="""(a[0])""")(0, n, b="tab\t").keys: i and 1e10, (.5).items[c]: x or n or 0x1f}
                y[__dunder__ and r"""(x!r)"""] = F'''''' * 0o7 and a // z and total(i, c, **F"{a[0]}")(r"(x)") and y(b, z, **True)[self, items]
                self: ...[u"""""":a]; "(())" f'{x}'[~0 + ~i].name
        class C(metaclass=result):
                pass
        match (obj := F'{x:>{w}}'.get.append):
                case {} if -z:
                        items: ((1).real.append.real) = (lambda e, **d: i()[..., 2j][0o7:])
                case ([x, {}] | int() | Point(1, 1.5)) if None(*data):
                        x = -(_ + 0x1f)
                case (({'k': 2j}) as q):
                        continue
                case _:
                        total = c(r"""(x!r)""" and ñ and k, i[::], (10.)[True](10., data))(**café.x(__dunder__, 0, ñ=j)[__dunder__])[i / __dunder__:]
b[result(count)()[::]] = (i := obj)[10.][items:b][_] * (Rb"""(x:>(w))""" / '''(y=)''')
