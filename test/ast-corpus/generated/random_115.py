try:
  "é".append // (lambda: "text") if j[items](0o7, *f"", value) ** (....name[k]) else (value or 0x1f or k or y) and 1 | j
  +(lambda s, *, a, **p: k % café)
except E: lambda t, *, s: r'😀' u"""(x!r)"""(r"""tab\t""" // ..., total=__dunder__ @ data, ñ=-0)()()
except a.b: a = j(1e10 ** (3.14), __dunder__ >= café, *'it is' f"{a[0]}" f'text'.get).real[count[rb"(x)"][2j]]
(total := -(i and a and result))((b"""""" & 2j, {ñ: r'' for j in count if n}().get, ("""(x)""", 1).x, n and _)(F"""it is""" + f"{y=}").items(x=y.x(ñ)[f'''{y=}''']), count.__class__)
match {~...: z()().real, items[False::obj].keys: __dunder__ and 10. and 3.14, k.value(value, _, **value): -r'''it is'''}.get:
  case int() if .5 >> _:
    global items, k, a
  case int(): x = not (total if r"text" else __dunder__)
  case _: café = (0o7)(n=(1_000)(n=c)()()).get
if [r'''(x)'''.value(a=n), not Rb"""""", ~y, a >> F'''{a[0]}''']():
  # comment
  global items, value, self
  value = not (0,)[42]
elif (r'''''' '(())' """\n"""(k, result=False) % (2j)):
  # comment
  y |= (j[self >> items]()[1_000 if u"text" else 0x1f])
  obj(r"a b c"[café:data:café].real[:_], _(y, 1e10, 2j), (lambda p, *t, **a: k)) << None(__dunder__=k in Rb"100%" > total)[x is self == None]
elif {} << k(0b101):
  count = (i if n else j) or (f"a b c" F'''{y=}''' % r"tab\t") or (0o7)[__dunder__] or (.5).value
else:
  pass
  # type: ignore
  (ñ ^ café) // (10. is data) & (n() and ((self := self)(j, items, k=False)) and {1e10: 0x1f for a in y for (_, café) in j if (42) if 0o7}.name)
x((lambda **p: x and 1e10), value[+0o7][j(z=None), ~_](k=("""(x)""" if b else count)))((0).get().name, (42)(*y, café)(*self, café=_)(42, 1_000, *3.14) and {0b101: café, **x, f"""text""": j}[ñ::](data)[:y:j]).append
if (1_000)():
  assert None["""text"""] >> (0x1f)()[Rb":)", total][1]
  n = (2j)((10.)[:0x1f], count=F'a b c' f"{y=}" 'text'.append.__class__.y, j=n)
elif ()[result](n, k, k)() | (not ñ):
  b = (lambda *s: _ % True); count = (1).value(c(data, **z, **r"text"), '''(x!r)''' ** f"\\", __dunder__=(42)())[total::n if a else 0]
