try:
        (data <= 3.14 is i not in x and (x if 1e10 else 0b101),).items.get.y
except Exception as err:
        while self(count().__class__, not items, value=["(())" u"""😀""" u'(())', total, F"{{}}" "text" u"""😀"""][0o7](rb"tab\t", *n, 2j)[__dunder__])((0).name(u"")):
                nonlocal b, n
except (ValueError, TypeError) as err:
        if (lambda d, q, *, s: i ** 0o7):
                data //= (0).name & 1e10 ** result; ñ ^= z.items(i, n).name ** (Rb"""text""" is 0 != 0b101)
                n = 3.14 ** i * False ** k  # trailing
                items = data = ~[_, c, c, ](n)(n, ñ)[result]
else:
        not (None if ... else k) not in """text""" """(x!r)"""
   
match (42).keys.real:
        case 's':
                (not {**c, False: n}[obj::café]) is u'(x!r)' """é""" ** k - b'''text'''.get >= +(lambda t=z if count else rb'(x)': i) == (1e10)(n=...(obj, *obj).__class__)[k ** a:z.items:]
        case _:
                assert {1_000, n, n}.items ** [r'''tab\t''', self, i][f"""{x:>{w}}""" "(x!r)" "(x)", 0x1f]  # trailing
	
                result *= (not u'\\' F"") ** (1 % b)
match False[:k:z][data]('''tab\t''', r'''(a[0])''', k=b'text') or .5 ** items:
        case {}:
                pass
        case _:

                x: .5 and _ and 1_000 and n
                raise
@[]
def value(e: (yield from z), d):
        (self or self or __dunder__ or F"""{x!r}""" if (0o7)(..., *self, **1)(*x) else _ - k) @ (f"""{x!r}"""(None, n=self)(*.5)(r'''(x:>(w))''' F'text' f"é", z) >= (lambda b: 0))
        class Items(k not in obj not in i not in 0, (0x1f)):
                x = ~(3.14)(n)(Rb'''(a[0])''', café)
                c = data((count, x, b"""(x:>(w))""" rb"it is", value), j ** '''a b c''').append[:]
                {}[not u"""a b c"""] < (None != '(x!r)' != "(())") ^ (0x1f).name[self, b] != x not in (0o7)
        try:
                yield {2j >> café: value if F"text" '''a b c''' else b'it is', a @ i: (yield)}(([42 for x, total in value for c in (0o7) if a if total](r'a b c', j=count, **y)), obj=(42)(0b101, .5, *j)(result=j)(i, *1e10, b=Rb'(())'))(b.y, **'''(y=)''' >> r'''(x!r)''' 'a b c')
                [n, x, b] = not z | self
	
                [items, x] = __dunder__ = ...[(42)(ñ, _)].append[total]
        except:
                import a, b.c
        else:
                y = j or k or Rb'(y=)' if (0)(value=items, ñ=0x1f, **None) else None ** y
                self = value = (c if a else _) + (yield y)
__dunder__: items or self or False or 1 = (1)[None >= y > self in j, [42, i](a, value, k=k)][1_000 @ data](*(3.14)(), _[:z], ñ=café if F'''100%''' f'{x}' '(a[0])' else value)
if (42).append:
        a: '''100%''' & a
        class Value(False ** _, (c().value)):
                raise
        (1e10).get[::not [i, c, ][result:](*_, a=b"\n")]
if c[z not in self < i not in self]: [i, items, *result] = [f"""it is""" ** (42), __dunder__ or 3.14, ~z, not count](0b101 <= value not in "(y=)" <= "(x)" """\n""" '''😀''').name
elif {(10.)[...].value: None if F"""{x!r}""" else value, **items & i}[x ** True]().__class__:
        café = a, *data = +(.5 >= result != x == items)
        # é 😀
	
        (True[:total:"text"] + (z - _)) // +_; obj = not result if b"\n" and j and value else False().__class__[None]  # trailing
# TODO: x
x = z = (10.)[(data, obj)(*__dunder__, **x, **r"""(x:>(w))""" u'(x:>(w))')()]
obj.get = __dunder__[j and z and ñ:]
