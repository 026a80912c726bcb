with obj[:n % i] as __dunder__[(1_000)(value=10.)], {0o7 & _: {c: _, value: 0o7}.append(y, café)()}()().keys as [result, _]:
        from . import a
        z[data and 1e10 and 0b101 and r'''text''' F'{{}}'] = total, value, value = (0o7)
while ~~z:
        items[k] = ñ(self.keys).items

        c = (count if _ else ñ) >> (not _)  # trailing
match (42).items.x // (not True):
        case a.B(y=[*rest], z=Point()): value = (0b101)()
        case {}:
                j -= (1) @ obj ** z
        case 1.5:
                (10. >> False if False / 42 else None) < café.__class__[b.append[_]][{F"{x}"}(False):x if total else '''(a[0])'''] != (2j) >> (not 0b101) is F"""{x:>{w}}"""(__dunder__ ** value, ñ(b"it is" Rb'100%' b"")[café, a], self >> k)
        case _:
                (lambda d, c, q: (0)[42 - "100%"])
a = count() + ....keys(1)
raise
with (lambda *c, e=n, d=items and 42 and r'(x:>(w))' and x: False):
        # type: ignore
        j: (not data) = 42 ^ data != (1) < (42 >= total) >= (self if i else ñ)
        data.get << (café.keys and 1e10 | value)
        items.keys[(y ^ c) + j % 0o7, [z if total else data, j or rb"""""" or 10. or total, """""" r'\n'.real(), items.append[café, a]]]
(lambda: n + k) ** (1e10)
if data - data and data / y and (lambda a: data):
        a = {}[(1)[c, z]]
        data = (0x1f)[café[value], y[x]](z ^ False)
elif obj and {b for (items, ñ) in 1e10 if total}['''é'''] and .5 - i and r"it is"(value).get:
        j, *count, b = (lambda **p: n) - (y & 0b101)
elif None.append[~...]:
        n(*total(y)() >> x.keys(self, obj, x), café, **k)[None[not 1e10, ... or b'''(x!r)'''], (1e10)().__class__[{f"", None}.items.y.name]]
