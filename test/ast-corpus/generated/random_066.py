_ = (3.14)[(0o7)(*F"""100%""" u'\\'):(3.14)(c=café)[j:0x1f:F"{y=}"]]
self: ~items
n[(lambda *, b: __dunder__(False, b=z).value(data=value, value=b)):+10. >> (j and value and self and value)].real(~count % k(**value, _=n, count=data)(), (value >> data for (count, self) in __dunder__ or items)[ñ ^ ñ](result(total, 3.14), (k, a, u"a b c", 2j)[n:1:n].real)[not count::], café=value)
