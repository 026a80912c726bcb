   
total = (.5)[False]
for c in (k >> value for (count, café) in ((b := data)(F'{x:>{w}}', *__dunder__)(self, y)(items, y)) for z, obj in value).get([i, c, value, 0x1f], *(obj < a != 3.14 == f"""{x!r}""")):
        j = (items and j and 42) in (2j and None and value and 10.)  # trailing
        pass
        assert y(b=(__dunder__ if _ else 42), result=(_())), (1_000, 1)(café, *obj)[obj, f'''a b c''']
for a in lambda *, t: i is 42:
        f"{{}}"[(.5 or obj or k or b) & 42 // n::count(r'''it is'''.append, __dunder__=b and ... and items, x=__dunder__ + ñ)]
        result @= {u"\\": total, ñ: z}(0b101, i=self, i=r'''\n''')[rb'e']() ** (obj if n else ñ)
        # TODO: x
        import os.path as p
ñ[café - .5] = _, obj = (self ** __dunder__) if {r'''\n''' u"text" '(x:>(w))': z}.keys else (lambda *d, p=~u"(x:>(w))", e=n and F'😀' and .5: rb'''100%''')
{Rb""":)""".value: (lambda c=(0o7)(x)(): value)}(y=0 ** j, obj=[f"{x}", Rb'''e''', ...].__class__) + (0o7).name[:x <= x != self == total]
