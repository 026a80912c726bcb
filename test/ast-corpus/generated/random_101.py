total = c
for items in ():
        r"""(x:>(w))"""
self, ñ, obj = 0b101 // a >> (result if F"text" else result)
while ((y and j and __dunder__ and 1e10) & (café not in result)):
        # type: ignore
        match (lambda s, c: _) if rb'''(())''' % y else i or x or ñ or x:
                case b'x' if (0b101)[value:b]:
                        _ **= """tab\t""".get if True * obj else j[:self:total]
                case Point():
                        self = c = Rb'''\\''' ** (result % rb"""(y=)""")
                        b = ({a, _}[j].keys[i:] and z // "100%")
                case [int({}, z=-1), None, ('s' | [] | -1), *rest] if (3.14)(obj, k):
                        [*_, result] = b or not 0x1f or (obj if z else 'é')
                case _:
	
                        n ^= not total if value or data or 0x1f or 1_000 else (42)[self][café]
   
                        _ = (1)[a] ** (1)()
i *= u"" f'100%'
ñ ^= (ñ <= "(())" not in 1 is _) * -f'\n'
y = ~(x, value, total, b).y
if rb""":)"""(not 42, __dunder__ % i, café=z()):
        a = (count << b) - (.5 is 1_000)
        count = z
