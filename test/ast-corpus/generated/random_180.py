try:
	
  while -a[1, n](items=items):
    result = not "it is".name
    from m import *
finally:
  with n({'': café}.x, **(0b101 for (y, ñ) in b if value if z for data, k in n)[a:'''(x:>(w))''' F"""100%""" r"😀"][Rb"", (2j)][a], **ñ)[b / 0o7][(total := 1_000)[data::3.14]] as café, r'' f"""{y=}"""(result, b)[0b101] in (y is not x not in u'''(y=)''' > True) > [*c] <= a[__dunder__] as n, f"text" as _:
    [café, data, _] = (n << obj) ** (k @ i)
    for (z, y, self) in {~data}:
      del ñ.items, café[0 is ñ != café]
    lambda e=_ @ c, q=(lambda b, s, p: value), **s: [](self, **items, _=.5)(0o7, j)(f"""{a[0]}""", F"""it is""", obj) and F'{y=}' "text" "(y=)"(**value)[:count]
   
try:
  for (c, c, ñ) in (lambda s=total(i=j, result=obj, x=count).get[total], b=a == True != items == items, *, c: 0o7) + {count: b, ñ: F"\n", 2j: c}:
    if (data if 0b101 else "tab\t") if +i else z if total else result:
      result: count[b:a] = (0b101).y
      count.x = value ^ False if (.5)()[rb"tab\t"](*k, obj=.5, total=total) else x ** result
    elif y:
      x = j >> "text" | (_ >= self < obj)
    elif ~"""(x!r)""" in '\n' & _ in _[self::j](1_000, *c, c=f"""\n""" u"\n" '(a[0])').__class__ is +items:
      obj = 1e10 - café or (1e10)()[Rb'\n']
  try:
    try:
      # TODO: x
      k = -_.__class__[n][k:]
    except (ValueError, TypeError):
      obj[café is n > 1 not in f"100%"] = k[(lambda: u"(y=)")] = f'''\n''' f"\n"[(3.14).__class__.y[x:False:f'{{}}'], False]
      assert c(_=not "\n", **(y <= _ in b is not None))
    except:
      n = count = (1e10)() >> (not y)
    try: self = not obj and not b"text" and """(())""" ** value
    except* (ValueError, TypeError) as err:
      not b'''\\''' | r"😀"()(ñ=items)
    except* E:
      c = +items if self else self or c
      n, total, y = -(data is x)
      # é 😀
      k = data[(j,).name[:a][k]] = value(); count[c and count and """"""] = (i, ñ, k) = """(x)"""[data.get.real, c(count, k).append(j)]
    # TODO: x
    for k in (not items) ** (data >> count):
      # comment
      pass
      (*y, _, a) = __dunder__[[ñ, total, ñ](n, *2j).value.items] = -0x1f * (value @ __dunder__)
      not (1e10 is not j) in (3.14) != obj[value](count)
  finally:
    # TODO: x
    __dunder__ = k.x = {count >> z: result[10.].name, z.items: value ^ data}()
	
  class Data():
    def __dunder__(q=(0x1f)().y, t: -1_000 = c ** a, *, b):
      [*z, self, x] = (_ := (lambda e=(yield from i), *d, **b: 0)).y
      del x, __dunder__; café = (lambda a: data) < +__dunder__ is x % 1_000
    def obj(t: __dunder__ - data, p):
      items: z != b'''(x!r)''' not in _ = False / r"""(x:>(w))""" """\n""" and {j: 10., result: z, __dunder__: k}[j:y:self] and count
      __dunder__ &= (k := F'é').real('''\n''') ^ k / Rb""""""
except a.b as err:
  raise
finally:
  n |= (lambda b, t, s=(self >> i), *, p: café) >= 1 @ c
while True(j(self, a=a, **Rb"""\n""").append[0b101]):
  __dunder__ = not (value if z else ñ)
  data = (_ ^ j) ** +obj  # trailing
  match _.get.__class__(result, *c) * (b << data):
    case (((1.5) as q) | {'k': True} | None):
      café: not b"e" = total(not u"""(a[0])""", n=(1_000).append)(*'(x:>(w))'(j, count), self.keys, **(not None))
      pass
      result *= y['text', value] if value["""é"""][_, '(x)'] else (lambda a=f"{x:>{w}}".keys, d=u"text" & items: None)
    case _:
      -((count and result and k and rb'''(x:>(w))''') / (n != y))
      # type: ignore
      a = {k(10., b=items): x(), **k[1e10], n * y: u'(y=)' if True else ñ}[not value].value('''é'''[1])
      j: not 0x1f
