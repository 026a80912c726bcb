with (None.y.items) as (k, y, result):
    k = (1)((lambda *b, p=(lambda a, q=[f'a b c'].y[:café].get, b=j >= café, *c, d, e: 0o7), a=x(f"""text""" '''\\''', 0b101, *b"(a[0])")[10.:Rb"(y=)":'a b c' r'a b c' F'''it is''']: items), data[2j:n:F'100%'].append[b':)' Rb"\\" Rb"\\"], n)
class Count():
    if ... * (café == Rb'''(x:>(w))''' == j >= u"""é"""):
        data.x.x
    # comment
    try:
        n **= (1e10).keys[True[x]:not (.5):~ñ]
        *i, z, result = i = {u'''(x)'''[items] for _, j in value.x if (0)[::ñ] if items // None for (café, ñ) in (0b101)(k, .5, x)}
    finally:
        global result
while count // b != f"tab\t"[None] <= (F"""{x!r}""" or 1) is (lambda: k):
    n: __dunder__ | count

    y.__class__ = value ** result and 10. // _ and (ñ if café else n) and value < x != result
    # comment
    class Items(metaclass=x):
        b = (lambda e, a, *b, c: k) % (*__dunder__,)
_[value * .5] + (k(b, y=n)() + '''(x)'''[i, y].real)
def c(a, s={**10., True: k}[z], d: _ or items or y or obj = False and 42 and __dunder__ and """a b c""") -> _:
    global self, total, y; café -= k[(yield)]
~... >= (False or b"text" or y) or (F'{y=}' "(())".items or (0o7)(0, items, c=k) or j[k:True:])
for y, c in (_ if _ else x) ** (lambda q=rb'(y=)' - z: 2j):
    __dunder__ -= .5 % f'''\n''' u"tab\t" // (data << x)
    while [](_)(total) ^ (items < 1 not in i):
        café @= result
        break
        café = r"""tab\t"""
    match +f"100%"(items=x).append(items, x, café=k):
        case (a.B(-1+2j) | [-1, *rest] | []):
            del result, c
        case None if (10.)[__dunder__].y(*obj, 42, result=__dunder__): (lambda d, c=.5 + 0b101, /, **t: None[x, ñ](total=n)) > (y + c) % y
        case _:
            obj = ~(_ or 0x1f or 0)
else:
    result = x[obj & __dunder__].items[Rb'(y=)'(False, __dunder__).items]
    while b"(())"(__dunder__ @ 2j, 1e10 * rb'(a[0])')['text' @ items, 1e10 // obj]:
        items = None.name
for i in (k ** c, not x, (lambda p: 0o7)): j.y = False ^ F'100%' 'a b c' != i * 1_000 != obj.name != +z
else:
    async def ñ(e=None < count, t=self >= z >= 0, *c, p: Rb":)"(x, self, k)=10. if """(())""" else total, s: True.y=not data):
        assert (lambda p, c, *s: _ ** 0b101)
        y &= await u"""(())""" '''(())'''[count].value(b, *b, y)
        __dunder__ = None(y=+_)(result not in True, **value())[1e10 @ a]
    while +(data * y):
        café = (1e10)[True if n else '(x!r)':(42)[.5]][{2j, result, 10.}[i]]((10.)[i, u""""""][z::value], True @ F"{x:>{w}}" """\\""")
        total = c = -data not in +z
    else:
        n @= (lambda: '(a[0])' r'''😀''' r'''(y=)''' >= _ is a is value)
        x = ().value
        i: {}.__class__.get.value
    while ...((10. for y, b in value if self)[10., None](count)[_]):
        c, café = items(*n, *1e10, **y)[1e10:_:café] ** (r"a b c", a, i, c)[data::y]
        self = +r'''a b c'''()
i(n in ~value < data[self] in c.append[1]).y(u''''''(j, i)[rb'''\\''', 0o7](**_) < (b or total or items) < (not x))
