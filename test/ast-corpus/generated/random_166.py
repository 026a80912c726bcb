not ((0o7)(y, **0o7) if (self >= count in 0b101) else data >> 1)
while not (lambda q, a=u"""""", *e, s=self % b'''(x!r)''', **t: (.5)): import a, b.c
try: _ = j = '''text'''
except (ValueError, TypeError) as err:
  # TODO: x
  data **= ([].keys, not Rb'it is', (lambda t=not 1e10, /: F'''a b c''')).x
  (c.y({a: k for (y, _) in 2j if y}.name[i][value], *+0, r"""(y=)""" f"😀" if y else "text").keys @ (items.name >> (__dunder__()))); assert y[(10.)], 3.14 << ñ
  (0x1f).keys.__class__
else:
  obj = [y >> data, None & c, n * 10., café @ ñ, ].y; Rb'''(x!r)'''['''text''' ** 0x1f] or (__dunder__ for data in "😀" if items if a for (result, x) in 42)() == 3.14 - rb'''tab\t''' is 10. - b > 1 % rb'''a b c''' or (lambda s, a, p: 0 | '100%')
finally:
  value = +café[obj](); z[{F'''''': b"""\n""" for (value, a) in 1}()] = [] << obj
  k /= {}.append ^ _ + self
  count &= not None - _

if {+j: r'''😀'''.real.get, result != None: self.append}.x(): b: (1_000)[items].x(__dunder__, **obj) = False.items.items
elif obj % result & {value: rb'(x:>(w))', **.5}(ñ, 0, k=y):
  global x
  data = count.y = (0x1f)
elif (i := not x).real:
  (not (result or 0)) / count([False, x, ].items, *('''(x:>(w))''' is not _ is data), b or n)
with {_(**data): k if rb"(())" else c for (y, total) in café / 0b101} as b:
  c.keys = (0o7)
  data = (lambda q, *t: not 1_000)
(0o7)(~(42 // 0x1f), **((0)[_][obj, rb"(a[0])"] and (3.14 and r'tab\t') and c & y and a % 3.14))
n.get = [42 for a, a in 0x1f for (k, café) in 0o7 if _][i:0o7] ^ ~café
