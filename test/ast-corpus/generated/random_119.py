while [(0o7)(data=data)[1e10][j], n('''(a[0])''', c, café=obj)(obj=_, a=.5).name, [None, 1_000, *b][None], (x,)[f'''😀'''](k, """(y=)""", **count)][count if "text" r"""(y=)""" else y]:
 self[(0o7 | 0o7) ** (total if Rb"""(x)""" else '(())')]  # trailing
 ñ = (not items, not ñ, (k @ """(())"""))()
 obj[r'''😀''' u"""(y=)"""() << ~j]
# é 😀
@(0b101)(z)[result].y
def result(c=(yield), a: (yield from x) = ñ | f"""100%""", *b, q=(yield), **e):
 j.get
raise
