@(a := r'''it is''')
def c(t: 0 > _ >= obj < u'''text''' r'(a[0])', c):
  return '''it is''' '''tab\t''' u"""(x!r)"""(1e10 is not 3.14), i[(1_000)()(f'''{{}}''', total, 1_000)[42]][{10.: b"\n", 0: ñ, value: j}.value](c, .5 ** x, not y)
  self.items = ((yield from 1) if ~.5 else "(x!r)" // z)
  (café, a) = café, result, b = (ñ,).__class__.value and (10.) and __dunder__[(42), n]
if k[::]:
  raise ((.5)())
  (1_000).__class__.y((3.14) <= café is not y is n, *True(), z=(lambda s, e, c: café)) == {data + rb"""""": (0x1f) for obj, café in Rb"tab\t" and z and 0o7 and count for data in x}()
y = result; count = (.5 << n) ** +True
while items.keys: b *= (not y) + result ** j
# TODO: x
import os.path as p
a().get
# comment
match (-0) ** {1e10}(*result, result=z, **rb""):
  case True: café = x
  case 1.5: (x := y(42, *3.14, z)[rb'''(x!r)''':rb"""text"""] + (__dunder__ if a else 1e10)).y
  case _:
    False(0b101 if Rb"""it is""" else j, {}.get(42), items ** 2j)(*(n if x else True), data * x, F'100%'(1_000, __dunder__)) and {(not obj), -1e10} and (ñ ** 0 and (2j or items or items or n) and (None if 0o7 else 42)) and None[...:].__class__
