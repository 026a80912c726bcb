async def i(t=(value >= result == a != x)):
        # comment
        if F"""it is""" '\\':
                import a, b.c; result = y['tab\t' & "(a[0])" """(())""" """é"""] = (b"tab\t" ^ obj) @ (1_000).y[:False].value
                k.real = F'' '''é'''[::](*..., F"{x:>{w}}")[c] @ "a b c"(); j = [0, True, n, i].keys(items, *z)[ñ, 3.14] | '(x!r)'[items, 1e10][ñ:x]
                (3.14 ** count) ** (j and 0b101 and n and (10.)) + ((2j and data) >= (not z) <= (lambda *, e: self) != (i and i and f"""it is""" and items))
z = c = items[F'''100%''' r"(x)" ** self, data(data=k)](*'''100%''' 'it is' ^ b":)", items if Rb"(a[0])" else x, **total[__dunder__:][count](True, ñ))
# TODO: x
data: u"(a[0])" = data[+0:{}()[:result]]  # trailing
j.keys = not value or ('a b c' if 10. else __dunder__)
