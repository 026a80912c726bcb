a = f"text"({x, data, i}[count])
match -+i:
 case Point((2j | -1), ((b'x') as p), x=1.5) if i[count]: data = y.name = (not i) // (_ | .5)
 case {}:
  (0o7)[(not k) % f"text"(10., **f"""é""" r'')]()()
 case a.b:
  rb'''(x!r)'''[data is x is not b'(())' > k if ((0x1f) if obj else rb':)') else (lambda q, d=k[__dunder__:k:"""\n""" F"""{x}""" "100%"].__class__(), a=None > __dunder__, *c, e, p=y ^ rb'\n' b'''(x!r)''': 10.), False(ñ=k, **Rb"""text""", z=b) and 0b101 % k and obj | obj and c.get(self)(i, **result)][(x >= obj is True) >> (10. == b == c <= "(a[0])")]
 case _: b = [0b101, rb'', 0x1f, 3.14].keys.__class__ and -data and '\\'
while '(x)' '(a[0])' f'''{a[0]}'''(z["\n":k]).append():
 raise j not in b < k
k, y = not b''''''.x
with (__dunder__ and k) << c * n, 0b101 and 0b101 and """a b c""" and __dunder__ if not 0b101 else __dunder__[n:10.:f"a b c"].__class__[3.14, b], x.__class__ as (self, result, self):
 (not result // z) / (+y & [ñ, _, *None](**3.14, n=j))
assert j, (1).real
(j if (~(F'''it is''' // result)) else .5 % r'''''' > (0x1f if data else u'a b c') == (1_000)()[value, f"{y=}" 'tab\t' f"""{{}}"""])
pass
