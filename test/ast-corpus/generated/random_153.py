__dunder__ = 2j | __dunder__ in (lambda b=(1e10)[0x1f], p=None.append, q=(lambda s=.5 if c else self: None), *s, a: __dunder__)
if _ @ False > ~data > (not 0x1f) is (n := 0o7)[items, result]:
	(0)(z() and -10. and n(result))(total.name.y.__class__)
	count: j | 2j  # trailing
   
café.__class__ = total.append = x.append != (10.)(42, ñ) in (42) is (1e10)
