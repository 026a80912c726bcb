y %= '''a b c''' @ 0x1f and (0b101,).items[10., result] and a[b'100%' b'(x!r)', 3.14].y
not not '(y=)'[:result:n](_=j, **value, **items)
   
with (*(lambda p, *a: r'(y=)' r'''100%'''), (0x1f, b, a, 1)(n=j)), obj / total or n in total >= 1e10 or (1_000 if __dunder__ else 0o7), not c & b:
    assert ~None(total, c, total=0x1f), z - 1e10
match ().real.__class__[j and café, _ | '\\']:
    case 's':
        from ..m import (a, b as c)
    case _:
        (1)(ñ=0b101) ** (0b101)[u'''text''', """é"""] * (1_000 >> 10. and (lambda b=total + """\n""" u"""😀""" '\\', p=0 + True, /: u"\n" '''(())''' r'(y=)') and b(c))
z() in ñ("""text""" + 3.14).value
# TODO: x
if ((42)[value[j][b]:](obj if café else obj, a=~f'a b c')):
    ((0o7).x or (3.14 if value else 1_000)) is not 'a b c'.keys
    i |= y.x[result][(1_000)().get]
    (1)
b = +n or b"""(x!r)""" & '' or [u"😀" for total, a in j if x if rb"""(x)""" Rb"e" for __dunder__ in '''''' r"""\\"""].name
value: __dunder__["(a[0])", "it is"][_].name = (count ** _) ** (lambda b, *c: result)
try:
    +((.5)[j] or total() or 3.14 ** ...)
except a.b:
    k[z[3.14](result, x, **self)(obj)] = (ñ, j) = (.5).__class__  # trailing
    # TODO: x
    del z[i and 2j], value; ñ = value
    _ = z(F'''é''', b, **y) != x() != (1 // b'''(y=)''')
except Exception:
    pass
