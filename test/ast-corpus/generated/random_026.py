for count.x in ~(b'\\' / 0o7): {}.items << (items >> 10.) ** (j, ñ, c, self)(c, count)()
else: (not a if {result: 2j for (result, obj) in count for (obj, y) in j}[data] else ~y) % (not count())
try:
    self |= (lambda q, s, t, /, *, e: café(value, items=c).items)
    if False(k)(__dunder__, Rb":)") in 0 | __dunder__: assert (F"{x}" <= b == b'''\\''' in a) ** (k <= b), F"""\n""" if y else z
except:
    match '''a b c''' * 'a b c' < café - 3.14 not in (0b101)(b'tab\t', .5, k=value):
        case [-1+2j, {}, (([]) as q)] if total: (F"""{x}"""[3.14]() >> '''\\'''.__class__) / ((not items) | obj[i::'''é'''])
        case int():
            {}[+.5] / (lambda: f"\n"[result:_][_, _]())
        case _:
            data = +(c is not r'é')
    [c, self] = b'it is'(1_000 <= b, "(x:>(w))" '(())'.real, a=not 0o7)
    while total.get((2j), __dunder__=x - __dunder__, x="(())" ** _).x:
        break; value.y = not x or r'''(x!r)''' ** b or (0b101).keys or i ** c
        k = k = not i.x
        __dunder__ = (0b101)(café=x.keys(__dunder__))
finally:
    class Z((3.14)['(a[0])':obj:]):
        # type: ignore
        raise j() from items.keys[0x1f, rb'(a[0])'][rb"""(x!r)"""]
        i[__dunder__ ** f'''{x!r}'''] = ñ = True // result // (c & j)
        import os
def k(s=c ** x, e: 1 is count == total <= 2j = total or n or total or True):
    -((yield from _) | a << _)
    async def x():
        (self := (1_000)[:(0):(10.)(café=obj)((0), __dunder__=F'''tab\t''')()]())((self is not self not in b is f'''é''' F"""{x!r}""") ** (j := x), café.value(.5 | x, (0 % _)), *((not (2j)) is obj * café))
        z = data // j <= (not "\n") in (_ >= count in k not in r'''\\''') is not r'(x:>(w))'.y.value
def result(c=count if café else False):
    if not (yield):
   
        c: n = ('tab\t' + 0x1f) / Rb"\n" ** 0
        return
    elif (count if ñ else result) or [None, rb'''it is''', c, n](42, **i)[0b101:None:data].__class__ or ñ ^ items:
        i.value = (0b101).y(k ** y, items=y.x[café]())
        z = count = ((n <= total not in n) ^ u'''(())'''(a)()); j ^= x(items=True[c::y], n=(+data))((not """(x:>(w))""" u'''\\'''), +i).y
        _
    elif count | j and i.real.y():
        result[ñ[total].append.__class__] = [True, .5 or .5 or Rb'\\' or y, result().__class__[ñ], b[z:]][y / b, (ñ := café)[k:]]().keys
    else: café: _ // self = {**{items, café}[:value][total](u"" r'(x:>(w))', j), y ** c: u"(a[0])" < ñ <= c}(_=not obj, **(j in café))
not {}.get
for [count, *result, total] in self(count < x != i > Rb"""e""", +10., **0x1f * __dunder__)():
    café = (lambda p, q: False is y)
    x = b'''it is'''(u'\\', café=b, café=value) % +y
@(.5)(a, *(10.))
@None(False, c=i)().name
def value(*b):
    # TODO: x
    while (a := i or a or '''(a[0])''' r'' "\\"):
        raise
        i = (yield)
        -(+obj >= (+c) <= (_ or ñ or self))
del obj.__class__
@{b: data for __dunder__ in y for count in F'''100%''' u'\\' if k}[b, z](ñ=(1), **total)()
def n(s, e, *q, d: None(rb'''''', café)): z = (b and "tab\t") & (yield r'it is')
