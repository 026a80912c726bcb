# TODO: x
a.append = items(+j)
k, ñ, *k = __dunder__ = rb"""text""".value(r"(x!r)" == 1 < data).keys

for value in ~+y: data[~(café @ 0o7), (0x1f)(**count[r"""(y=)"""](a=c))]
try:
 k += [_, "(x:>(w))", k, b'''100%'''](False) - -y
except* a.b:
 (c[f'text'](.5, 0x1f).keys & k / result) >> (r"""\n"""[n, .5].y if (c if i else 2j) else count // k)
 café(**(ñ if value else result) | (lambda b, s, /: n))
 obj = _, *total = i(self(items=ñ, z=1_000, **obj).y, (0b101).y.value, n='(())' u"(x!r)"(x, total, z=y))
except* (ValueError, TypeError) as err:
 c %= (not (1e10)())
 items ^= (1_000)[::](value & 42, _=f'''{y=}'''[ñ]).y
else:
 data %= n is 42 == 0b101 is not result and (data and y and k) and (lambda d, b, *t, s=0o7 @ 0b101: obj); a[result ** _] = j.keys = f'{x}'
   
class Total((0x1f)()):
 self = (1 | k) % ('text' not in __dunder__ >= 3.14)
 a = [z, _, 0, j] or (count // f"""{{}}""" f'''{{}}''') or -café

 data = _ = (1_000 ** total, +1)[items ^ '''\\''']; c: True = __dunder__().name((n, None, z, a).name.__class__.append)
assert -[x, count, *x]
