if (2j).keys('\\' u"😀" 'text' if None else self, 10. or 0o7 or n or 2j, (lambda p, a=b ** F"""\\""", c=rb''':)'''.value: y))[F'''é''' ** __dunder__:]:
  y.__class__ = x.real = ~data // (c if u'text' else 3.14)
elif (result % self) >> (1)().items:
  # TODO: x
  def __dunder__(e, *c, **d):
    obj[(lambda q, e, c, *, s: n), 1e10 in items] & (0o7)
  assert data.y
else: x = ....x
# comment
lambda *, a, **d: (.5).x[r'(())' "\n", f"é"] * (0b101 and ... and data)
class Z(-b'', metaclass=self):
  class Self(.5 ** n, z[:z](c, **.5, b=café).items):
    self = ((not 1_000) % z[0](*result, b, Rb"e"))
    y, x = y = (.5 < y) << (u"(a[0])" // k); value = {[..., *F"""é"""][items, 2j]}(**(lambda: 0o7))(*-obj, **(café != b))
