# é 😀
try:
	from ..m import (a, b as c)
	((1)())
	not ...[n] if (b := '''(x)''' if ñ else value)[ñ ^ 2j]((1).real["(x!r)":0:(42)], x=i.__class__).get else _[items:][u"(())"] | 'it is' + ...; count[i ** items] = (42)
finally: [{~0: items >= False, x: result ** '''\n'''}.value.get, z.__class__(*(2j, 1e10, Rb"""(x)""").keys, result=(0b101).x).get, (1e10)[:1e10 in 0], [café or result or value]['tab\t' r'''\\''' ** i, (n[i][ñ])]]({c / 1e10 for (c, _) in value[i][rb'100%', "text" "100%" """it is"""] if -count if (0 if f"""tab\t""" '''tab\t''' f"100%" else F"""é""")}.real.y, not (1)[0b101], *{}() ** (lambda t, b=r"it is"[total:]: r'(x:>(w))' r"""(x!r)"""))((0b101 | a) & _ // b)((None and _) | -2j, data=~(not value))
for data in (0 if data else items) // (1).name:
	value -= (x := f"""{x!r}""" and rb'''''' and 2j)(count * x, z or _ or a or Rb'(x!r)', ñ=result[self](a, ñ=1e10).__class__)[((0)(i))]
{[f'{x:>{w}}', value][c, result].name[n] ** [count]: (42)[self, __dunder__] is not k ^ __dunder__, (total >= f'{{}}' not in 0o7) & (lambda a, b, s, /: café): F"""\\""" u"""(())"""(0x1f)(*0o7) if result is not b else z | result, (café << 0) ** r'a b c'.value: (2j not in count in ñ >= i) is not (1 >= x is not __dunder__) in (count and False and y and .5) > (*self, items, value, b).keys().append}(_.y, F'\n' '''(a[0])''' f"a b c" << [self, z](.5)).append()
"""tab\t""" + (10.)(*(z and k and k))().get
self = ~b'''(y=)'''(data, '''(x)''', x="(x:>(w))")(x, items, *j)[:obj]
café = ([not ñ for (n, total) in café / 42 if (c if x else 1)]((42), (obj := obj)()))  # trailing
lambda s, b, *p, c={Rb'(x)', i}(0b101)(count=obj): [].get

total = rb":)" / Rb''':)''' in total is F"100%" f'''{x}''' u'(x:>(w))' ** ...
