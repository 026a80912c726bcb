# type: ignore
class Items():
  a = j[None @ ñ] = (0x1f or False or _ or café) | ().items(None, café=Rb"(y=)").value
  class Café(c - café, {items: ñ, items: z}):
    ñ = self | k and (... and total and 1_000) and '''\\''' r'''é''' f"""100%"""[café]; count: obj % Rb"""(())"""
  if {~obj: {True, 10., b'''e''' rb'(x:>(w))' Rb'(y=)'}, z(rb'''tab\t'''): (ñ := obj)}[False[x]].name:
    count = """\\""" '''\\'''.value[[a for c, n in c]:[(.5), self, ](x, a)]
for total in ((0o7)(True - 2j, **self ^ r"""(a[0])""")[k.__class__::y.name].items):
  try:
    assert count(count or ... or c, obj=(1_000), **'''\n''').items
    -(3.14 if None else c) ** rb"""(x:>(w))"""(__dunder__)(obj, count, c=3.14)
    (k := -(obj >= (0o7)))
  except* (ValueError, TypeError):
    if u'(y=)' ** _(obj=.5):
      i = i % None - (obj and u'tab\t'); break
      count = data // a | self % n
      pass
  except* a.b as err:
    for i[~a] in (c is not 1e10 < j < 0) @ (0b101 if i else total):
      data.items = b"" <= y if (lambda e={k}[42][count].real, s=obj[j, u"é"][n:...:data](total=count), p=self: result) else ~c
      items @= -(z << k)
    for value in ():
      k %= {1e10 ^ b'(x)' for (x, x) in __dunder__ < "é" if i % b'(x!r)'}.append

    if (0)[_] * (10. >= i not in rb'''(())''' not in """(y=)""" '''\\''' u'''(y=)'''):
      b = i.items if (j := ñ)(total, café=3.14).x else a
      café[count] = +()[j, obj][b, b"""(y=)"""][.5]
  else:
    j = {k if 0 else b, True.name[1_000, 0b101], '''tab\t'''}[self / Rb'''a b c''']()
    def self(p, s: c * y, /, **e) -> n * k:
      x = yield
    k |= self ** None or items << 0b101 or F"{x}" | z or ()
  finally:
	
    n = '''tab\t'''[:]['''''' if 42 else __dunder__, (.5)]()  # trailing
    from m import *
global result, count, z
match (count or x) >> (total % .5):
  case {'k': True}:
    # comment
    try:
      café, y, obj = (0) >= 1 and -count and {}() and +j
      b = ~ñ >> (0x1f)
    finally:
	
      obj.__class__ = x = {j & y: -a, i is 0o7 is not café >= b: {**1_000, 2j: b}}
    for z, a in [(b >> None), *(x not in c is data not in "text")]():
      # comment

      result -= (F'\\' | F"{x:>{w}}") ** (café if __dunder__ else c); n = (1e10).items
  case _:
    café = x ** k ^ (lambda q, d, p: __dunder__)
    match b(b > result != obj, 0x1f << items)(**value, z=1e10 if True else self, **__dunder__ ** "(())" f'it is' "(x:>(w))").get:
      case {} if b & count:
        obj, ñ, *obj = c.value.value and {**_}(z, *rb'''''').keys((3.14), x, i=data)
      case (([]) as q): x = café << n >> items(0b101, a, total).append(**None)
      case _: ñ = True not in None not in ñ != total and (2j) <= café
n = self = y((0)(0b101).y)
global n
assert k.value.y(café >> obj), not ñ
with (rb"""(x:>(w))""" rb""":)""" and z and a if (r"""\n""" if result else n) else Rb'it is' % y, total.keys.keys ^ value ** 1_000 as x[total - 10.]):
  (__dunder__ ^ count if total ** data else not f'''100%''') ** F''(ñ and 3.14 and 10., (lambda b={u'''''' """(a[0])""" '''(x:>(w))''', count}: i))[(0x1f)()][items << f"""it is"""]
  self = (self == 3.14) >> (42)()
  ñ = j.keys.get
class Ñ:
  def ñ(e, q, b: x < .5 >= café < a = café == .5 is not .5 != 2j):
    while (lambda s, q={result: total, **b}, /: c) if b[ñ, "\\"](i, u"(a[0])", *3.14)[:Rb'100%'] else f"\n" and self and n and 1:
      x.y = __dunder__ = +café[0x1f, 0b101]
    (-result) and (3.14).x.x if (b'100%'()(a, n=(1e10)) if café | 1e10 else i << n) else (1 in b <= '''(x:>(w))''') ** 3.14 ** a
  c(café[data.name[.5], rb'''(a[0])''' if F"""\\""" else 1], ~("(x)" '(())' r"text" if f"""\\""" else i))(1e10 // c ^ -z, (lambda: obj % True), value=café.get)(value=(not ñ) >= ~a not in (Rb"""it is""" and F'''100%''' and rb"tab\t" and Rb"""\n"""), **_(2j @ z)(*1 ** y, Rb''':)'''().y(**True), result=(a := obj).keys.__class__[0b101, 2j]))
