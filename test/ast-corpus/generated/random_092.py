(not (~rb'')) * ((not '''é''') // (ñ,).real.__class__)
with {count, 42} >= obj.real.value(**obj) < (1e10)[items, _][j:j]:
    __dunder__: not i
    b.real = (lambda a=not b, s=~.5: 3.14 << 1e10)
    ñ = obj.append = (0)(count=n.items(*ñ))
if (0x1f)((lambda a, b, c: 0b101), *(café if _ else result), (lambda e=result, q=(10.), c=b":)" * 2j: _)).__class__.append:
    café[j | items] = (10.).items is (lambda *s, p=i ** café: j) in total + value
    del n
elif F"""é"""[.5] ** (0 > j == result in i):
   
    obj = (count[y](**True)) < 10. - value
    # type: ignore
    j = not u'''\\''' if a + a else not ...
    x ^= b(*(value < False))
elif b ** k if value ** x else (1)(F'''\\''' "text" F"""{{}}""", *b'100%', **x):
    ñ = self.name
# comment
pass; pass
if False - b is not (_ <= 0) >= (False <= 0o7 is not _) is """text"""[1e10]:
    items = b"(())" is not "" not in value not in n if (i[a]) else True * rb'''(x:>(w))'''; rb''':)'''.__class__
    assert __dunder__ ** u"(x!r)" if count * value else "(x)" == 0b101 is not obj, obj.name(i="""(y=)""", i=data).value
elif {} or 1e10 ** "😀" or {i: y for (x, i) in 42 if True if data}[data, k] or rb"(x:>(w))" | c:
    z -= {count.value: (lambda c, e, p, /, **q: self)}.items
	
    items -= [False * café, not 3.14, total]().items()
    total.y = {10. / self: rb'\\' ** x for n, __dunder__ in c(f"😀", x)}.append(b'''100%'''[count](a, *b'tab\t' b"(x)", obj))(obj ** obj, n if obj else obj, total=not 0)
