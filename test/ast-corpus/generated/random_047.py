@(café.y)
async def café(t, s, d):
    return (1_000)[F"{x:>{w}}" // 2j]
	
pass
# comment
count[... > obj == __dunder__ != 1] = self
[{2j, __dunder__}(), [][rb'''tab\t''' b'''(x)'''][0], 0 and y and i and None, -'' r'(x)'](0o7 and 0b101, **data[y, value](items, a, (0)))[{Rb'''(x)''', result, f'{x:>{w}}'}.value:3.14 // 2j:] < (lambda p, b, a: 42 and 1) < -(lambda *t, p=(3.14): n) >= {+x: [_].append}(*"100%" // False, ....items(F"a b c", *0o7, data=a))
   
(j := (j or data) * (1e10 or F'{x:>{w}}' or j or k))[(lambda b=z if _ else items, t=data - None, s=count and count, *p, a=items[f'''😀''', 1e10][__dunder__]: _[__dunder__::x]), result("""it is""" F'text' "é"(result).x[b, k])]
# type: ignore
a.name = u'''(y=)''' f'''tab\t''' "100%"(*ñ(z, items=...)(*..., k), total=(.5)(ñ, count=total).append.x)
i = (not self) - (value and i and __dunder__ and total)
	
value.__class__ = (.5)
