x = (lambda *b, q=+items, e: obj[10.])
{c}.items & (x and ñ) not in (not x % obj)
if café[y[y, j]].keys:
        i = -(_ - y)
else:
        assert F'''it is'''[result << obj](result or j or 1_000 or i)
        # type: ignore
        (2j).real
# comment
for count[result or i] in (x // j) if not .5 else _ & 0x1f:
        def result(q=3.14 and 1 and items, p: ñ if y else self = {.5, count}(42, z), s={y for i in value if b if café for items in r"""tab\t""" r'''\\''' """(a[0])"""}.get(3.14, *1_000, b=b'''it is'''), *b: y != ..., **d):
                from ..m import (a, b as c)
        @items.keys
        @i(b, 10., **0)
        def b(d, q=F"\n" << _, c=42 ** z):
                while (0x1f).keys:
                        c = data[+n, True in 1e10 > obj is data][a.get](3.14 >> 3.14)
                        (0o7).append ** (lambda t=~i, *, s: (*y, j, k)(data=10.)[1_000])
                        # é 😀
                        return not n * a, (n[obj * f"{{}}"]())
                if {obj: j, _: rb"""(a[0])"""}[c][result] if n and 0b101 and a and 0x1f else (1_000).x:
                        # comment
                        assert 42 << items if n else result is not ..., (lambda: count)
                else:
                        obj[not ...] = (lambda d=(3.14).y(_, a, n=obj)[value, j], q=total @ self, s=u"(y=)"(u'''text''' "tab\t", b=k).name(1_000), *, c: total) * (lambda *q, c, t, **a: F'''\n''')
        __dunder__ *= [*rb'100%'] if (0x1f)(data, a, **self)[j:](x, **result) else {b: café, rb""":)""": 3.14}.value
   
_ = [0, 10., __dunder__, b][k][total, café] == (__dunder__ is not 0x1f in 2j)
