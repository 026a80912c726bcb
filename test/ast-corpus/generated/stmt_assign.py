x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = [a, b] = c
[x, *rest] = items
*head, last = items
a, (b, c), [d, *e] = f
x.attr = 1
x[0] = 1
x[1:2] = [1]
x[::2], y.z = p, q
x, = single
obj.a.b.c = obj.d[0][1]
x = yield_ = 3
x = *a, *b
