@(.5)
@c
def y(b=_ + i, t: '''😀''' r'a b c'[0b101, obj] = obj - total, d: (lambda p, e, b, **q: 1_000) = '''(x)''' f'''{x!r}''' '\n' ^ u"""(())""", *p):
  +True.get((r"""😀""" 'text'.__class__()[:]), b / i, +obj)
	
  c -= (1_000)[b'\n' != items](count ** "tab\t")(count if rb"(y=)" else k, r'(x!r)'(z, *0x1f))
  k &= (y and c) is not (0x1f or 10. or u"""\\""")
assert (lambda q, t, /: items), (0x1f)(self, **count)
while not 0x1f ** café:
  b = (count if self else 10.) and not 0x1f and x > F"""😀"""
  self.x = __dunder__[+c] = ñ[value, '''text'''] * True(10., a).keys
else:
  raise
	
  items(c, 2j, total=Rb'') - (c >> i) and not c.y and data(*(i and z and self and True)) and (i()(.5, a, **F"é") if _ ^ b else b * 2j)
   
  global value, y
@F'{{}}'
@[c, 0o7]
async def i(e: obj & count, a, *d: .5 if count else Rb"(x!r)", t: True[café:café:][1_000]):
  True // (k @ b"""(a[0])""") - ('''(y=)'''[c][a, ...] | (True | j))
for ñ, *n, j in {c.items: (2j).__class__[b, z].name, F"a b c" - __dunder__: obj or _ or data or x}:
  café = total["(y=)" '''(a[0])''' and x]

  __dunder__: (2j + count) = not (lambda b: 0b101)  # trailing
  lambda *e, q=f"é"(total=r"""(a[0])"""), p={n, _, .5}, **t: (not ...) is _ << c > (ñ.keys) <= obj / obj
else: k = {**u'''it is'''(café, ..., **.5)(z).get}("""(())""" + count)
