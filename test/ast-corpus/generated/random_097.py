if (lambda s=count, b={ñ: f"""é""", 1_000: ñ, ...: 0b101}.keys, *, c, **d: café != count not in False):
    @y.items
    def count(p, a):
        c[u"it is".y.name] = obj = i; self = (0x1f)[... ^ a]
        "\n".items
        items = (... <= k < z) ^ (b and False and c)
    try: not (lambda d=(~j), q=a & ...: (n for n in __dunder__ if café if c)(Rb"""(x!r)"""))
    except* E:
        (obj.y.items)
    except* (ValueError, TypeError) as err:
        # TODO: x
        pass
        b = (j in café) @ {count: 1_000 for (obj, café) in 0x1f if None if _}
        (0)
    else:
        result = (0b101)[(lambda b, p: n)].real
elif (.5)(_=j) % (lambda d=0 or obj: z):
    with (not n) << ("😀" and a) as k:
        j = a(*(10. if k else i), _ not in (3.14), **x); raise
        x = (lambda d=j | _, b=~j: [i for j in 0x1f if _ if 1 for ñ, c in data if café][obj])  # trailing
elif "100%" """(a[0])""" F"""😀""" @ 0o7 is not ((10.) and obj and items and z) >= 10. << obj:
    if (k << obj in (3.14)(self, *z, j=r"a b c")):
        raise f"""{x:>{w}}""" r"""100%""" ** obj
    elif []:
	
        ñ = not data or obj is b"\n" >= ñ == 2j
        i[42 ** 1e10] = (3.14)(total(**__dunder__)[:__dunder__:i], **(data and 0b101 and (3.14)))(b - n, (lambda t=(0b101).x, b=f"tab\t" ** value, e=42 or False or 'é': 0), *{0o7: count, **False, **c}.keys().y)
    else:
        __dunder__.name = ...(result << count)
else:
    (r"""(y=)"""[:items](F"""{a[0]}""", **j, items=value) or r'100%' + j) and ((lambda d, q, p: x) or (lambda e, q: j) or '(x!r)'.name or (u"é" """text""" if __dunder__ else 1_000))
    try:
        (k(n, ñ)(ñ) and ñ | _ and rb'(x:>(w))'()) ^ obj(count, (not r'''100%'''))
    finally:
        y = j = r"text" "(x:>(w))" F'tab\t'()[::obj.name]
obj = a = -n if (z := 0)[k].get() else ñ if n else 10.
y = (lambda t, q=data - a, p=(10.), *s, **d: +i)
class Items((lambda **t: f'''\n'''), _.name):
    match (i := F'a b c')[(42).y::c if '' else 1]:
        case x: nonlocal y
        case ((True) as whole): global _, ñ, c
        case [[2j, None, *rest]]: z = r'''(())'''((1), x=True | result)
        case _:
            raise f'😀' '(y=)'(**(1e10))
del ñ.items
