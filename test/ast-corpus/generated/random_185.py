# é 😀
   
global z
while +(1_000 | i):
        while rb"""e""".name[data] << Rb"" ** "(x:>(w))":
                b.y = {(0b101)[1e10]: -2j, j(a=total): (*items, k, 0x1f, 0o7).x}.__class__(+obj, False and 2j and value and ñ, c + 42)
assert (lambda *, p: True.y.x), {1: self, """(y=)""": café, F"""{{}}""" r'100%' f"a b c": ñ}; items.keys[:F'{x:>{w}}']() < {obj for (data, k) in 10. if self if (2j)} is not z[1::z].x(b, ñ) != '100%'.append.x if (j for count in value if 10. for (a, ñ) in '''(x:>(w))''' if __dunder__) % (j, r"(x!r)", F"{y=}")[n:0x1f:k](data) else items.append
value /= None / j + i.name[a, k]
class Obj():
        while total.name:
                import os.path as p
        else:
                rb'(x)' & n; _ = __dunder__[c:True] | (self | False)
        match (rb'''(())''' <= a <= rb'e') >= f"100%" - z not in [items](True, n=0x1f) is [].__class__:
                case 1: ({b'''(a[0])''', n}["""\\""", items] or obj(*'a b c' "(y=)" '\n')(total=a, value=i).value or (j := 0).append or result @ 3.14) >= {}.y.keys >= ñ
                case a.B(((b'x') as p)) if data - ...:
                        self = [3.14 and b'''''' and z and count for a in (i := 0b101) if (x(F'''{a[0]}''' f'\\').x) for c, count in (self[3.14].keys[rb"100%"])].append
                case ((True | 1.5) | ['s']):
                        y <<= +data and _ and '''100%'''[u"""text""", c].__class__
                case _:
                        ~(self ** y) if ((x if False else j) if 1 not in count else (0x1f)[.5](i, rb""":)""", *i)) else (0o7)[:.5:] not in None[...:c](**total) is (not value) > j // b"""text"""
	
if (value.keys(n, **café)) @ [value for data in a for j in x][3.14][:]:
        if """(a[0])""".name[items[:k](i, *a, _=count):count / x:]:

                self = b"""a b c""".append ** (not 0)
                __dunder__ = obj
                __dunder__ = ~'''a b c'''.y
        else:
                self = value = value.real[:value is 3.14 not in items]()
        while result.__class__:
                value = y()[data].__class__ >= (0)(x); Rb"""(a[0])""" b'\n'
                z(not items + y, (total and value) or 0o7 % n or (~total) or k <= True in a, (0o7)(not Rb"""text""", total(b, rb"""(x:>(w))""")))
                ({0 >> 0x1f: i and total and .5 and data}(), (not _) @ ~z, (...,)[i:][2j:] ** ("(x!r)" * __dunder__), ñ and __dunder__ + n and (j ** 3.14))
        with u"""a b c""" '''(x)''' F'''{x}''' in ... is __dunder__ if self ** b else a ** True, (_ if obj else café) @ (b"""(())""" % value), b():
                items = not n ** i
n >>= items; global self, count
with (k // b ^ 10. >> data as value, count ^ (.5)(c, n).x as y, -(n + 3.14)):
   
        k |= None[(42), F'''''' '(x!r)' u"""(a[0])""" == False <= f'100%' is total]
        class Café(z - None, j ** items): result >>= i(k=0b101 or k or count or 1)
