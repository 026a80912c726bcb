((.5 | z) @ y ** 42, not [result, b, """😀"""][data], a()())()[~u"(x:>(w))"()]; j = obj is (not total) not in (lambda p=~r'''text''' u"(y=)", t=(lambda **t: result), **q: items)
for j.items in (not f'''100%''') >= F"text" '\\' <= items(*value, **3.14):
 global count, data
 from m import *; assert __dunder__ != 3.14 - ... < self(ñ=c, **True), data << 2j
 total((lambda *, q: obj and "text"), (n - """é""" f'''{{}}''') * (1e10 << (.5))).real(**result ** 10. ** 3.14)
   
not (rb'''(a[0])''' or 3.14, x and 0 and n, __dunder__(café, **items))
@b
@(3.14)
def data(p=(lambda d, e, b=~y, *, p: None), *, e) -> (lambda b: x):
 del (self, obj)
 """""" F'\\' u"(x)".value; (lambda a, d=result[__dunder__, None](), e=(False()), *, s: True) or ({}["😀" u"\n", 3.14](x=data, x=Rb"""(y=)""")) * None[self, items].real or ((j if 1_000 else 0o7) if True else f"""😀""") or ({b, _}(self, i).get.append, j & i, b(0, count, café=z)(__dunder__, u"""(x:>(w))""", *data))()
+((.5)[j, count] if -_ else {0o7 for (total, c) in 1_000 if result}()); pass
result[café if self else z] = +obj % (0 | rb"""(x)""")
count = (n or items or self) and (10., b, items, result) and [3.14, n, data]()
