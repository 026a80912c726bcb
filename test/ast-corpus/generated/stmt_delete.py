del x
del x, y
del x.a, x[0], x[1:2]
del (x), [y]
del (a, b), [c, d]
del x,
