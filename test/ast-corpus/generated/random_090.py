~a()(j, items='text')[i] or Rb'(a[0])' in (lambda p, a: f'''\n''') or ((~r"it is") and (-self) and k[3.14:1_000:x])
with data, result != rb"text" in c is not self or (.5)(__dunder__) or (lambda t, p, *a, b=0b101 - value: k) or f"{x}".__class__[items] as a.items:
 pass
for n in (.5):
 b = True(**(lambda q, *, b, **c: count))
 assert i(**u"""""", j=3.14) & {10.: 0x1f}[c], Rb"""100%""" ** self
def x(c, /) -> (yield from c):
 z = (lambda s, *q, **p: (yield y))
 nonlocal café
 # type: ignore
 obj = +(f'''😀''' and z and result)
c.value = (z // x) ** i()(c, a)[j]
assert z.x.append / (data if count else self)
match data if y | obj else ñ.name:
 case []: self = [*(rb"""(x:>(w))""" if r'' else rb"""tab\t""")].real
 case (([2j, x]) as p):
  z = (obj if count else rb''':)''') + (not rb'''it is''')
 case {**rest}: raise (lambda **p: k) from k
 case _: total = result ** c * +.5
# TODO: x
def ñ(d, p: j - 1_000):
 value, n = (1).append[:[x, total, self](..., count=r'''é''', **y):]
