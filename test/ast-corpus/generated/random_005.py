for (j, k, _) in (0x1f).y | items().append:
  c = +self(..., j, z="""it is""")
while count < (items if i else ...) < (y != b is not x <= __dunder__) in {rb"\n": x for i in result if _ if 0b101}[b:F'{y=}']:
  (count == i not in ñ) / (0x1f or __dunder__ or items) and obj | ("""\\""" or z or items)
  with a[:j | .5][n is not r"\n" is a >= '''(a[0])'''] as c.keys:
    k()
else:
  @a[n](10., *y, **rb"""a b c""")
  def value(b=2j @ _):
    result @= -(café and value and None)
  a &= -... << (data or .5 or _); del b.get
  café = k in z not in obj if (lambda *b: total) else y(F"{a[0]}", total, result=c).value
def n(b, d: __dunder__()[x], **c):
  yield (n / 1_000) ** (c is not count is y)
  x = yield
