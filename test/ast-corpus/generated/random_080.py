# é 😀
with z ** __dunder__ ^ y(café, 0, café=b"100%")(*obj, n=1), ('''(a[0])''' or items) or (0 or result or c or _):
        while b[:i & b"100%"]:
                .5 ** value // (z := result) + (0)
                async def x(b=count % j, p=(~data), t=z.append[j, i], *e) -> (1_000)[value:0x1f][y, a]: -(ñ & café and (items := result)(None) and (0b101)(False, 2j))
                __dunder__((1_000)(data=a & 10.)[café ** k], *(-"""(x)""" F'\n' or a <= y > 0x1f not in True))[({a for (ñ, b) in b for _, _ in k}.y, ["a b c", "(x!r)" "it is", Rb'e', ], items if (1) else j)[b'''(x:>(w))'''], (lambda s, a, q=_ % "", *c, d=rb'''100%'''[.5].get: 1_000 != f'''{x!r}''' == y)]
result = ((1).x.real) not in (not result) in count[b:total](*'''100%''', None, self=__dunder__) != __dunder__ ** k
	
ñ.append = False
while True % z and (lambda s: y) and (None or 10. or k) and (lambda t=(.5 < 0o7 <= __dunder__), c=café == value < 3.14 is self: f"😀"):
        with ((1_000).append ** value ** c as z, [(k[count]), y if c else 42, f"\n"()][x ** 1].items(*(j := a)(1e10, café, result).value)):
                # comment
                n = (r'it is', x).name.real[ñ] if (u"""😀""", Rb"text", 1, data) else not r"(x)"
        # type: ignore
        for b in ...[x.x.x]:
                assert [(lambda p=[items for a in total if n if (10.) for (_, total) in x if True if Rb'text']()[value], a=ñ - y, /, *, q: café), not _]()
