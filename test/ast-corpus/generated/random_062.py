# é 😀
if b <= 1_000 < i is data if [value for x in count if n if c for (ñ, c) in café].value[(.5)][_] else 0o7 | j:
 # type: ignore
 with j(Rb'a b c' @ y):
  a: (2j).get = (k,)[data:a:] and (ñ and value)
  for __dunder__ in (42)(j or total):
   ~(not (10.)[result](10.))
  else:
   assert -items(r"(y=)", rb'(x)')(café)[:ñ], (0o7)[::][1e10](n=obj, i=__dunder__)
 if (1e10)("it is"(*data, 2j)[b](f'''{x:>{w}}''', value), obj.name.keys(), **_):
  if (_ != _) // {0b101: value, 42: data, ...: F"a b c"}():
   total = data[r'''\n''' and self] = -z / (False + café)
  elif F'100%' % self @ (lambda s, q, *a, c=['''é''' for items, i in z for __dunder__, _ in items][items, rb'''\\''' rb"e"].y, b=result[:].__class__(): 0):
   not a(items=café ** 2j)(k=value + items)  # trailing
   café = f"""100%"""(k or Rb":)", count if 0b101 else result); b = (.5)(*(... if 2j else 0b101), **(n is k in .5))[x][not 1:.5 / (1e10):0b101 ** z]
  # type: ignore
  ("(x!r)"[data, __dunder__] and a < .5 and +1_000) < ~Rb"it is"(b"(())", count).x[1] < (.5)()[i].__class__ | (lambda a=(__dunder__ := k)[k, ""], d=(0)[y:](c, __dunder__=.5)[café], c=(1e10)(x, **0): y)
 elif (total and b"""(x!r)""" and '''(y=)''' '\\' f"""\n""") / self ** y:
  with ((items ** "é" '''\\''') != (0o7)(j=i).value.real as j, (0o7 - 0) ** (not 2j) as items, (lambda *a: obj if a else result) as total, data, café):
   [total, café, café] = ñ + y ^ k[2j:]
   self ^= (.5).items
   i /= not (lambda d: a)
 elif (x := ñ)(k, **k) and café != x and b"""(x:>(w))""" in c > 42 == b"a b c":
  y = b"""(x!r)""" b"e" - total + (lambda t=c[rb"\\"], d=n % b'''(x:>(w))''', **c: ñ)
 else:
   
  ñ = ((not 1e10) not in total + 42 <= items ** result != (not n))
  if (lambda s=(1e10).name, **e: k) - (lambda *b, s: a):
   items["""100%""" """😀"""['100%']] = (not b) ** (k is not y)
   value: rb'''(y=)''' if total else 2j = rb"a b c"
   y = (0)
  n @= (1_000)()[y >= n]
 assert (lambda s=ñ(42)[n], d=False and 42 and j and True: __dunder__) is ('it is' if k else _), (1e10)('(x)' "")('''''', z, **k)  # trailing
while False.items:
 match (0).x << -42:
  case (([]) as q):
   y = a.get[x:z:b"a b c"](42) is not ("(x!r)" if Rb'(x:>(w))' else total)
   (data := {-1_000: data & 0x1f for a in (z := __dunder__)[count:__dunder__]()[k::] if """é""" and Rb'''100%''' and 42 if r'''(())'''[a](b, **0x1f)(b) for total, self in f'100%' F"{a[0]}" '100%' if i ^ 10. if __dunder__ // rb'(x!r)'}[f"é" & café::])
   x ^= result(*z + obj, r'(a[0])'(x, rb"e", **café)[y], (42)[a, z]).name
  case (a.B(b'x', b'x', x='s') | b'x'):
   f"""{x}""" is count((0x1f).items(obj)(b), y if __dunder__ else count, -i)[z if total else count, Rb"""tab\t""".append()][[data, a, *z].value[b""":)""":b'''(x)''':ñ]] is not (0).items >= ((count := count)[ñ](*count)[:] <= ~total == None ^ 0x1f)
  case _:
   obj = (self or f'{a[0]}' or b or value) @ (b or c)
 while (lambda p, c, **d: k ** self):
  result = (i := 2j != f'''text''')[42 // rb"""\\"""::n.x]
 (_ or 42 or self or y) ** café.real >> (k << self or ((3.14)(*count, Rb"""\\""")) or count.name(0x1f))
__dunder__ *= total[.5, __dunder__][:c:0o7] % (a or (1) or 0o7 or z)
with (0x1f < 10. <= count) * (n & u'(x!r)' '''😀'''):
 with (y << z) % (1e10).get(count="\n") as n.name:
	
  value[café(data, __dunder__, a)] = value.x.keys
  self.real = 0x1f ** Rb'(a[0])' if y(ñ).append else z ** False
  ñ = (0x1f)[(lambda: self):not a:y ^ __dunder__]
 # type: ignore
 value ^= {(count,)(**count), self.value}[:data(j, i=_).value].x
 for n in value.get:
  c = data @ items % ((1_000))
x = b.name(c=(lambda a, q=(lambda d='text' F'''it is''', s=0x1f > n > obj >= i, b=(lambda e, q, **a: False), *, p: b), b=42 not in n < café is b: 1))
try: ñ = b = +... <= True
except Exception as err:
 if [a // z, 1e10 * r"(y=)" r'(x)', j // '', *(lambda c, b: 0o7)].keys(x and café and ..., **u"""(())""" "(a[0])".append, c=Rb"(a[0])"(value, self, c).y)():
  z = r"text"
 elif result:
  ñ[ñ.get] = ([rb"(y=)"()(1, data=42)(42)]((*ñ, value, z, count).get, count=k @ z, z=z()))
  try:
   self: not rb"e" = (0b101).name('\\')[value:a] >= (3.14 and 0o7 and café and b) >= k
  finally:
   a = b = (f'''100%''' r"""text""" 'text' != __dunder__ <= result not in 1) is not (Rb'''100%''' or 0 or .5) < y - data >= (items == k is not 2j >= z)
   +c.value & (lambda q, c, e, *p, b=~items, s: (data % obj))  # trailing
   # comment
	
   ñ = (u"""(x:>(w))""" == x) < total - café
 y.x = False[x[items, True]:_ if count else __dunder__]
