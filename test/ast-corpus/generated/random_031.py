if total[result(obj):]:
        pass
elif {_ != 10.: items + count, not n: (x[:F'''tab\t''':].x[3.14, count]), obj ** rb'(y=)': (lambda: data)}:
        y = total = not b or value ** 0o7 or value[result, 0x1f](1_000, a=_)[:1_000:] or value(_=b)
        ñ / "(y=)" > +ñ <= (10.)() != ((1)[.5, rb':)'][0b101:][.5:"" "it is" r"""😀""":k]) if ~(lambda e, b, *s, c, q=not total: x) else (Rb"" is not ñ is not result if 1e10 - 0 else {value: _})
else: b = rb'\\' and (j if café else r'''(y=)''' 'text' r"text") and not (10.) and r"""""".items
if []((j := b)(10., rb'(x)', z), *b[b''':)'''])[i ** """text""" '''text''' u'(y=)', c * 0b101]:
        from ..m import (a, b as c)
        k, c = 1e10 ** data or not count or value and obj  # trailing
if +total / (ñ and 1_000):
        pass
        lambda: ~(0o7 or None or .5)
        ({**(not .5 if not count else i), f"""a b c"""[(value in count != u"""\n""" < y):n or total or True or i:n >> obj]: ((0b101).name, rb"""a b c""" <= False in """(x:>(w))""" == data, 1e10 in 42)(*(f"""é""", Rb'''(x:>(w))'''), *count.__class__, value=(42)(n, b))}.append.value)
else:
        (*total | count,).keys ^ (not u"""it is""" r'''(x:>(w))''' is self < 10.)
        global __dunder__; del [items, items], n
        global self, n, ñ
with (_ * (n is F'''100%'''), (*(1_000)(x, __dunder__, **Rb"")(), items ** .5, -value)(**(2j)()(c)[z, café]) as total):
        del j[value(1, y)(F"{x}" '''(x:>(w))''', Rb"(x!r)", j=self)], b.get
