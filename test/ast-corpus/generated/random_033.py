k.real = self.append = __dunder__(*total, n, **ñ) ^ (not b)  # trailing
while (1e10).value[True(b, i, ñ=x)]:
    from ..m import (a, b as c)
else:
    items = c = u'\\' / a[obj, _]
    if {**(result is j < i), (0o7)['(())' '' """\n""", self](*3.14, .5, _=a).append: ('(())' '''a b c''' "it is".__class__(3.14, i)[2j])}.items:
        with ((2j | 0x1f) + (r"(x)" or ñ or x or """100%""" r"text" "(x:>(w))")), u'é'(), {False.real}.items.items:
	
            assert (1).real
            lambda t, p, a=(0)[j:Rb'(x!r)'], *q, b=(lambda **c: _): (y ^ self) % (result if x else F"""tab\t""" u"a b c")
        # é 😀
        items = r"tab\t"(*k, *i, **r"""(y=)""")(z, True, ...) << (.5 if r'''''' else 1e10)
	
    pass
with not result as value:
    (not value ^ i) ^ b'a b c'.name
    i = not (k, café, ñ)
    @(""(0x1f, **z))
    def result(t=y.name().get, *p, c):
        if (obj or self or z) in (total <= rb'\n') < (k or value or total or "\\") <= (0b101 if obj else 0o7):
            total = ...(3.14 % .5, not i); return -{**2j, a: total, k: '\\'}[0x1f]
        elif ((0b101)()[10.]("(x!r)") if {**'😀'} else i()[.5, 1e10][1_000:z:0]):
            # comment
            (not '''it is''' if c.keys else result ** i) and not -1 and (yield)
            c @= (obj and b and "100%" and F'it is') << result % b"text"
        elif (yield from .5) and z ** j and (j[items]) and __dunder__ * café:
            (result.get if value() else not k) if (café - 42) is not [2j for (a, café) in """\\""" for (café, j) in total](_)(**i)() is (y >= __dunder__) == (.5 or result or x) else +j[i, 42]
class Ñ(+3.14, y ** 1e10): obj = ~y != value[f"""it is"""][i].items
with k.get(items[ñ], *obj, (lambda q, t=a ** k: True))(1e10 < result == 1_000, F"""{y=}""" F'''\\''' f'é' @ 1e10, items=y * .5) as items, count, n, not 0 <= "😀" > ñ > j, u"""é""".x / (3.14 < '' f'é' f"""{y=}""" > False < a):
    # TODO: x
    total = '''(y=)'''.x(i='(y=)')[n] - (value == x is total)
    b = (lambda b, q=not self, *t, s=(lambda: _), p, **c: u'(y=)' 'tab\t' + items)
	
    if not not j:
        __dunder__ = f"😀".real
j = ((lambda s=count / n, a={ñ: obj for (total, value) in None for value, c in n}[0, n].items, /, *d, p={1e10}[:], c=_ and u"" and '''\n''' and obj: 1e10) for obj, self in z[2j:].value[z])()
