x &= {}[[].y].append(**result[0].x("""é""", __dunder__, items))
# comment
if [False > x != y > n, ñ // False, ~z, ]((data ** z), b'''(x)''' if 2j else obj).real[self.get.__class__, y and Rb'tab\t' and c and (10.)]:
  # comment
  i = (data := x in 0b101).value
  # comment
  total = ñ, items, *x = total.x(not c)
elif rb'(y=)'.x((lambda *t, **s: a))((0b101).append(_, a=b"a b c"), ''''''[False, result], x + total):
  value: b"(x)"(*c, F"tab\t", **None).y(count, *j)
  j = b = b(total ** 1e10, __dunder__=x.value.real)
  n, total, _ = b[(0o7)(*r"""a b c""", *'(a[0])', Rb""":)""")] = 10. ** value if '\\'(*data, __dunder__)[n]() else value or _ or .5
elif {z, data}(total=j).name(0o7) >> (10. << n):
  k <<= {~a: y <= c for z, __dunder__ in (0x1f)()[b"a b c"].append for n in data @ items}
  result[obj // c] = ~items << (0o7 if i else a)
else:
  a = café >= y in r'(x:>(w))' "" F'text' if j >> items else ~items
_ *= F'\n' r'''(x!r)''' F"{x!r}".keys(*z @ b, {}[True:a:i])(*(data < None not in x), **z(value, value, **i), result=(0o7))
if ~(c if .5 else 1):
  (3.14)(i=n(a=obj.value, j=(1) if False else 2j, data=+z)(*(1e10 or i), (2j).x()[__dunder__:n:], u'(x!r)' f'text' - ñ)())[(Rb'''100%''' if a else 42) + items ** x]
  # TODO: x
  (not items is not i) & (café and False and y or obj[""::.5])
  y
@b(*j, obj)
@(1)().real(n, value, b=f"{y=}" f'''\n''')
def y(**q):
  ().items
