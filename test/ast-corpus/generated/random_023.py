# comment
_ = a = [3.14 for (result, count) in Rb'''a b c'''][items].append ** (value / k)
b = -value if Rb"tab\t" & c else obj
# comment
async def __dunder__() -> ... - b:
  total: """""" if n else z = {(1_000), (yield), total(value)}[n not in k is c == value][(f'''a b c''' ** Rb"")]
nonlocal a
for count in items @ value and b"100%" ** café:
  *ñ, result, c = x = z
  __dunder__ *= ~r"é"
match rb':)'(items)[items, 0x1f][:] * F'''\\'''[::0o7](total)[café]:
  case [] if -rb'''it is''':
    a = (10.) if not '''a b c''' else data.__class__
  case _:
    import os.path as p

    nonlocal self, result, z

    a = (i := (.5)[ñ, 0o7][F"{a[0]}" '''(x:>(w))'''].append)[2j if b else 42, (total := __dunder__)].real
@...()
def obj(d: __dunder__(data, **10.), t: Rb"text" and 2j and b and 0, c):

  y = {(lambda b=ñ <= u'''\\''' is b, s=count - k, d=False, *q: 0x1f): (3.14, j, '''it is''' f"""{x}""" f'''''', 10.).name}(total=n ** count)(obj=obj if 10. else 0b101, **~0x1f).get  # trailing
  yield F"""tab\t"""(a, "tab\t", __dunder__=café) % (a >> .5)
  c = x.get
c, k = self = (x if "text" else n) + b''(1_000, result=_)["é":](u'tab\t', data)
with not 0 * data as y:
  def value(t=total ** 0o7, d=data != total != 1, p=... and items and 3.14 and F"\n", *, e, **b: i // self):
    self /= (0b101).x[0 or '''(())''' or self or Rb"""""", f'''\n'''.keys.items(value, total=data, items=u'\n')]
    not +(3.14)
  while a[data ^ rb"e"::]:
    a.items = result = {(True[.5])}[...[3.14][__dunder__, b]:].get
	
  assert r"\\" != (items or value or ñ)
