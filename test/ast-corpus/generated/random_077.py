with (~10.) ** (n > items) as *data, b, result, {}().append(z, a=data) if ~None else ~a, ([*(*self, i)(1e10)][ñ[rb"""100%"""]][()]) as (_, i):
 ((lambda *, s: 0o7) + (... and '')) << (rb'(y=)' Rb"e"[F"""{x:>{w}}"""].append if (i := self)[f"{x}" r"(x!r)" '''a b c'''](c) else False.real(data, *b, **count).get)
 (total ** c) ** (0o7).name >> count[Rb"\n":].keys
for _.x in {**None, count: True} ^ {r"""é""" for j in r"a b c" for y in "(y=)"}[c, .5]:
 café = (0b101)()
count = (True if café else '' u'text' "tab\t",)
not (2j)()
n = y + (Rb"it is" >= F"""it is""" 'it is' f'{x:>{w}}' >= '''😀''' F'''a b c''' '''100%''' > _)
for k.name in (a & c) - (not 0b101): x, *result = y[items if i else b]()
__dunder__.name = (n << z) * {ñ: total, **...}  # trailing
x[[].items[F""""""]] = (lambda c, q, d=__dunder__, *s, b, t: count ** (42))
