("""\n""" ** 1 & (data if y else x) ^ ((ñ if Rb''':)''' rb'(y=)' else True) <= (lambda b=... // self, c={3.14: j, obj: ''''''}, s=obj + café, *e, p: c) < i < (lambda e=None, a=F"é" ** b, s=obj and n and "(y=)" and i: rb""":)""")))
	
try:
        z = (0o7 if value else 0o7) ** [items, obj](0x1f, result)[y:].keys
except Exception:
        try:
                assert (1)(j(result, *1_000, *rb"it is"), _=(obj, total)(*2j, c), ñ=-False).y, b // 3.14
        except* E as err:
                a(total(b=u'''tab\t''' >> c, **(not ñ)))[(.5), "\n"[self in c != '''''' > .5]]
                # type: ignore
                ñ(*a(n is not _, 10. and café, **(j if a else café))[()], n={z[...:y]: __dunder__ * 'it is' for z in z or count if u'''a b c'''.y[c][ñ]}[b'(y=)' ** 1_000::][-2j, r'''(y=)''' % count], _=(b"""""" and a and items) == None[b])
        except* (ValueError, TypeError):
                # type: ignore
                (_ := not (42))[(café := self)() if not data else j[:]]
                obj ^= obj(r'é', *Rb'a b c')(*0o7) * (y >> (1_000))
                result = (lambda p=j ^ 0b101: +items)
        finally:
                raise
                count = '(a[0])'.get
except Exception as err:
        k = (2j)(count, ñ, z=café)(0o7).y and (items and 2j and .5)
finally:
        y &= (3.14) // (1_000, self)  # trailing
        with ((2j)([z][1][café:z:], (1_000).name["" """é""" '(x!r)'](f"text", Rb"(x)"), **None).y(k[1:a], n / i, 0b101 is not obj > b in '(a[0])'), ()[value, 2j] and u'(y=)' ^ rb'(a[0])' and ~F'''{x}''' as __dunder__, (not data) << c ** Rb"""it is"""): assert (-Rb"\n") ** 10. ** Rb'e'
        b = None
for count.x in [b for z in 2j] ^ (result if b else ñ):
        pass
        def j(p: """(x!r)""" != 0 is Rb"""e""", b, *s): yield (value := (*rb'tab\t', b"""(x!r)""", 3.14)())
        for j in ~1 | ~.5:
                not total >> +...
                from . import a
	
                result.items = None()
from ..m import (a, b as c)
j = '\\' + _(count=0o7, x=r"""(a[0])""" u'''a b c''')[_](self=result)
raise a % self
if ():
        self = ~(self % ñ)  # trailing
elif (result.y["""\\"""[Rb'''(x)''', items]:café & 1e10]):
        (lambda *a, **q: (42).y(rb"""(x)""", self=total)(**F'{x:>{w}}')) >> ((1 if count else 42) << x.items)
elif "100%".__class__:
        @(.5)(total, u"""it is""", items=z)(0b101, *data, k)
        def items(a, **d: (.5)[0o7][n][c]):
                return
        class Self((1_000)(k, .5), not c):
                ...[self](_) != f"\\" u"""(())""" == __dunder__ @ x and """tab\t""" "tab\t" f"""{x!r}"""[y.y(**a), 1 and 1e10 and """\\""" f'''{{}}'''] and (not "a b c") != café * False
                from . import a
                x = +(result ^ Rb"it is")
i[(0o7 - 0x1f)] = result = [{}, (c * total), i if '''it is''' r'\\' else 1, 2j and 2j and i].y(*value * a, n=f'''\n''' ^ count)
assert (1e10).y[(.5) ** b"(())"], result.items()
if not __dunder__ ** data:
        z = (+(_ >> None))
elif +i: ((café, z, x, z).real.__class__() and ... * x and (1e10).append and ('tab\t' - __dunder__)) * +(n if F'''{y=}''' else n)
elif r"(a[0])" u"(x:>(w))" F"é".value(10. > b is not None is not 42, data=(), **items - value)["tab\t" // __dunder__:]: total >>= (items(*items // data, y % value))
