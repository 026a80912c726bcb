class I():
        c.keys = self <= u"""a b c"""(y=None)
        total = not [z for (__dunder__, b) in __dunder__ for (ñ, __dunder__) in z if obj if "😀"]
with __dunder__[x:0 & b'''\\''':(c, n, "a b c")("😀", k=c)], (~café) ** (i or Rb'''(y=)''') as n, -(b // 0o7):
        global z, count, j  # trailing
        self = j = (n or 1e10) >> (0x1f & data)  # trailing
class Ñ(0o7 ** 2j):
        b //= None @ self if """"""[c, obj](items, n, ñ) else z if "(x!r)" "it is" else c
b = +("""(y=)""" | u"""😀""")
items = self = r'tab\t' """😀"""(a / u"(x)", (lambda e, b, t, /: 1))[+__dunder__::]
