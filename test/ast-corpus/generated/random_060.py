def count(**d: value(Rb'(x:>(w))', False, n='''tab\t''').keys.get) -> not b"""(a[0])""":
        if {x}.name(__dunder__, k=j)(0x1f, **'''a b c''') > (not y):
                data = (lambda t=1 == j is not b, a='''100%''' / data, e=~3.14, *p, b, q: (lambda c=ñ(total, obj=_).name, t="""😀""" if True else obj, d=-j, *p, q=x ^ __dunder__, s: '\\'))
                assert (not Rb'\n') >= z[:'a b c' F'''{x}''' F'''it is''':] != ("""(x)""" and x), n
                try:
                        del __dunder__[x // b], y
                        (0o7)[(lambda d, /: n if 0x1f else b)]
                        total = (yield from b"a b c") & (café < ñ)
                except Exception as err:
                        (yield)
                        café = j = (yield from 2j) / (lambda p, d, q, /, *, t: 1)
                        raise (lambda p, *d, s: 0b101)
                except:
                        ~(+café <= b[k][j, y].append <= ("\n" '\n' r'\n' is not café is self is not k))
        else:
                x = z[None & 2j:(-x)].x
                [j if __dunder__ else self, True(items, b).items.x, not c] or b[self * c:i] or (3.14)[::data] - (Rb'(x:>(w))' and 10. and a and n)
                café.items = ñ = (yield from x) if x > rb"(y=)" in self else 0 and 42
if +count[café](_, items):
        c[z ^ items] = (-(10.)(*count, r"""(a[0])""")(*b, ñ=2j, n=n)(1e10, 0x1f)); self = not ("""(a[0])""" if b"" else ñ)
        try:
                with (obj + 1) / (1)[3.14:n:](f"""\\""", *False, _=café) as value, (lambda q, p={}[items].real[__dunder__], e=value.value: b'''100%''' + 10.):
                        (False < 0o7 is not x) <= 1e10 / b if (lambda p=n(2j, _, data=x)[1e10], s=obj ** None, a=Rb"""""" >> j, **c: {ñ}(0b101, False)(items).append) else b'(())'
                        assert count["""(y=)"""]
                        global a, count
                # TODO: x
                class Café(x(**a), obj % u"it is"): value[(10., n, x, data)[data][:rb':)' Rb'''(())''']] = '''(y=)''' f"""{x}"""(a, z, obj).__class__(result, n=b'''\n''') @ (c + value)
        except a.b as err:
                (b'100%' if i else j) + (not __dunder__) & (not f"{x}" << 0b101)
        except (ValueError, TypeError):
                @(3.14)(F"\\" f"""100%""" f"it is")()(n, u"""""")
                @(10.)[2j]()
                def obj():
                        return (0)()[data], (lambda q: 0o7 & i)
                z = _(x ** ñ, count >= ñ, i=result - 1_000).x  # trailing
        else:
                def value(t={café: Rb"\\" for (result, a) in ... if k if 0b101 for (i, count) in '''😀'''}): obj = b"""\n"""(self.keys()(), b=0 is not __dunder__, count=3.14 if '''\n''' else value)
        finally:
                class B():
                        assert {-_: items if """(y=)""" else 1e10}[(lambda c, e, t=z @ b"""a b c""": """(x)""")].__class__, (j * .5)
                        # type: ignore
                        (3.14).__class__ ** u"(())".items or ~__dunder__ ^ a & self or (lambda: y or data) or (lambda a=j, p=~z: not a)
                        {r'(x)' for (k, _) in (not 1e10) @ r"100%" r"""(x)""" f"""{{}}"""[k](total=result)[b'100%']}()(j=y.real((lambda q=f'''tab\t'''(self, value=0, y=rb''''''): _), café=__dunder__[z].value)(*(not (1e10)), b if Rb"tab\t" else True, (42)))
                ([](self={10.: "(a[0])"}[z], i=b ^ ñ).keys.name,).x[None(obj, n, *b)(0, None, n=z)(**total, _=items) not in (*2j, F"""\n""", 0x1f).get(None, True, café=k) not in (result or a or None)]
elif data[(f"""it is""" or obj or 0b101)]((café, None, items)[:], ñ ** i)[(3.14)]:
        del data[count != Rb"a b c" is total]
        match """"""[not b'e':][r'''\n''' + r"""(x:>(w))""" "(a[0])":y is result in u"100%":b()(*10.).items].name:
                case 1.5 if (10., b, items, c):
                        café = (.5)((u"""(y=)""".items()[3.14])); ñ: a in .5
                case (a.b | {} | [-1+2j]):
                        from . import a
                        k.items
                case []:
                        total: "😀"
                        __dunder__.items = not i.items
                case _:
                        _ = 2j ** café if (0b101 if '''(x:>(w))''' else obj) else "" """(a[0])""" < r'tab\t'
                        n = (lambda d, /: n) not in {c, self}(b, *1_000)(n, z)
                        nonlocal n, result
result = b(self >= a <= '''\\''')(u'''(a[0])'''.name.get)()
