@{}
@ñ[0x1f:j](10., ñ=k)("(x:>(w))", 2j, __dunder__)
def x(e="""(x!r)""" ^ """(x!r)""", s="""é""" - _, d=n + b, *t, c=ñ or False or i or 0o7, q, **a):
    items: data ** "\\" = "\\" & [0x1f]
    __dunder__ += b().value.__class__
    import os
[*obj, a] = data = f'{a[0]}'((2j in j > rb'''tab\t'''), {result: k, x: 42, z: total}(i, *_, **result)[:1e10], café=... == ñ in z)
(Rb""[..., +(42 and j and b)][[][not result]])
   
for items in -(not __dunder__):
    (10. ^ 1e10 and r'100%'[i] and _ | data and (1 if total else True)) ^ (10.).__class__.y[(lambda d, c, **p: k)]
    café: n is not b'''(x:>(w))''' is 0 < 0o7 = (1e10 * 42, (0 if f'\\' else ñ))[x:'a b c'((1), y, value)]
try:
    j(*a)
    a.append = {(0x1f) ** '100%': data.keys.y, **(1_000 if k else None)}[b.name][ñ * j]
    (42) / k[:]
except:
    del y
    i = (k[total is not _ not in z])
async def b(q, d, *s, e=0x1f + self, t):
    nonlocal count, n
    Rb"e"[(.5) + _] if (lambda d=__dunder__ if '''100%''' else data, p=not self: __dunder__ or 1e10 or _) else not obj().name
    items /= r'(a[0])' @ café == +items
a()
