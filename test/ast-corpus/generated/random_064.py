b = (lambda s, q, t: count * c)
a[items(obj)(r'\n', *total)] = c.real = not u"\n" - items
self = (1)(obj ^ j, *café.real)(b"\\"(u"""(a[0])""", *k, **items)()[:count:ñ], i=(1).get)
data = not café != n
_ = (lambda s, *, e: (-r""""""))
