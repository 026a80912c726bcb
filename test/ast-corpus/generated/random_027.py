for j in (not +10.):
    match (.5)(i, 1_000, total=f'''{y=}''' '(x!r)' r"""a b c""") if (~obj) else count ** result:
        case ((-1) as whole):
            total = {x * obj, ~"""tab\t""", __dunder__ if y else __dunder__}((1e10).keys, a=c or n or 1e10, **(self and n and 1e10 and 10.))[1_000 & f"""text""" f'''{x:>{w}}''']()
        case 1.5:
            k >>= f'''''' // c if (1)[a] else self(0b101, a=total, self=c)
            k = ""(3.14, 0x1f, x=value) and café % 1_000 and (10.)(k, obj=n)
   
            continue
        case (({}) as p):
            i.append = __dunder__ ** 1_000 is not ñ.value
            ñ **= ñ
        case _:
            j = result = {(False(i, result=ñ)), {1_000 for i in ñ}.__class__, (*0, x)()}[total or c:(café := __dunder__)]
            z.real = (2j)(*..., z)[ñ, 1e10] ^ k / total
            _ += (lambda *d, t=[total, obj, 1e10, False][rb'''(())''', y](b=café), s=y.name, **p: k) or (c or f'''{x}''') or k or (0, i, 1_000, k).x[__dunder__:.5]  # trailing
    del j
	
    f"100%".keys[::{}.value(count=b"""100%""" + None, _=i & (10.))]
result((café >= 10. is not total > 42) @ (k ^ 42), (2j), **((value if 10. else c) is (1e10).append(total)() >= (data and café and "100%" and j)))((not b) ** b[a, 0b101], *(2j))
try:
    with (value ** __dunder__) ** [](count, count, F"""😀""" F"""é""")[result].get as c, obj(*(lambda b, t=ñ in f'''a b c''' 'a b c', p=1_000 // ñ: __dunder__)):
        n = (not 0) ** (i > 10. < F"""{{}}""" > __dunder__)
finally:
    data = (lambda *a, q=z[rb"\\"]: y) is j ** b'(x)' in n + count
    b = ~café - self // ñ  # trailing
if (ñ in 1_000) == obj in (1) >= (_ if self else .5):
    with (x[count(ñ, self=ñ)(n)].x, ... if items[j:c:1].name else b['tab\t', 0] as k):
        del k, (result, __dunder__)
@total(c)
async def n(q):
    pass
    from m import *
Rb'\\' + None.name
F'😀'[False[(0x1f)[.5, f'a b c']]]
