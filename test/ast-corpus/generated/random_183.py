obj = café(-i, rb'''(())''' * 1_000)
match (ñ and items and count and (0x1f)) ^ 10. % z:
    case {}:
        # é 😀
        data = (1e10)
    case _:
        def count(b) -> f'''\\''' F'''''' F"text" >> True:
            total -= (total | ñ) << ((3.14))
            pass; items %= (1)()
c = (obj())
match c[(items * self)]:
    case {**rest} if +__dunder__:
        if {(0o7)[0b101, ...]: u"(x!r)" F'{a[0]}'[b, rb'''it is'''], [c for j in i for (a, value) in f"""100%""" if i if b"""e"""][data, self][.5]("it is", 2j): k / b, r'' or (3.14) or 42 or '''100%''': (42)(__dunder__, total, z=count)}(items and _, value | b, _=obj or 42 or 1e10 or self):
   
            raise None.real(data, obj, z=count)
            __dunder__ <<= (42).append("""é""", ñ, y=café) // items ** value
            (42)[(result and _ and count) >> (__dunder__ and data and r'100%'):]
        else:
            items &= -'''a b c'''()
        nonlocal ñ, k, count
    case _: u"😀" '100%'.x[[total, k, ]::F'\n' and 0x1f and f'{x:>{w}}' F"""é"""](("""é""" '''(x!r)''' "(x)" >> x), **ñ.get) % (x[café] % (b"""\\""" / 0))
self = (10.).items % (not x)
with (2j, .5, 0x1f) ** (42 - __dunder__) as _:
    # comment
    import os; items = (self not in 0o7 >= n) & j // r'(x:>(w))'
    if ~(3.14 if total else data): (*0o7, _, 1_000, obj)(n, .5, j=y).y % (a == 10. in j) is not (not []()[False:...:count]) != [None != i <= 0x1f <= None] not in (y or items or x if .5 & __dunder__ else value / count)
