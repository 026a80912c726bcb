with +(_, Rb'''(x!r)''')(*value, café=None, __dunder__=self) as (data, n), (10.).get(1_000, result, i=i).get << (1), (.5):
  @(0)(c=value, **j)
  @y
  def k(c=items, b=(.5)):
    x[f'''\\''' ^ items] = self(.5, data=42)(total=f'\n' u"(x)").y if (yield 42) else x ** self
    result.append = a.real.y[f'{x:>{w}}' is self > obj not in z, café and f'''100%''' and 1e10]
  # é 😀
  ñ: a - a = not result.__class__()()
  assert b'''(())'''
   
if {2j: 1e10}[ñ:data:b"(())"](_, __dunder__=obj) if 2j ** 0x1f else not b'''100%''':
  nonlocal ñ
  items = (c := {self, b})
else:
  # type: ignore
  try:
    value = (k and 3.14 and a) != (lambda b, c, *t: b) > """\n""" + b
  except Exception as err:
	
    y: a / 1e10
    if (items if items else count) if F"""{x}"""(café, **f'''tab\t''').items[False, obj] else (data ** f"\n"): result @= (b and y and result and ñ) > (c and obj)
    y[n(obj, café)[i]] = obj not in b >= café <= '(a[0])' if (.5)(x=rb'''a b c''') else (lambda: '' "\n" u"""100%""")
  finally:
    del n.y; value = z = ((j ^ 0) * True ** j)
    try:

      _.__class__ = (items in rb'a b c') ** (k + result)
      value = c.real(i or j or value or 2j)[(i ^ obj)]
    except (ValueError, TypeError) as err:
      count = +[0o7, a, a, 0][result]
      self.items = data = not 'text' is not 3.14 == 1  # trailing
    except (ValueError, TypeError) as err:
      __dunder__: i.items = (not -obj)
      b = ñ[c(r"text")[10.](z, u"a b c")]
    else:
      (self if z else 3.14) // (.5)() if (-k,) else -c ^ ({result: _, **(1)}(y, k))
    result, x, result = i << 1 < {r"""text""", 3.14, '\\' "tab\t"} not in +b
# type: ignore
@j.y
@n()(__dunder__)[(1_000)]
async def _(d=z(**1_000, j=c).keys, s=(42)[__dunder__, 3.14]('tab\t', '''a b c''' u'(y=)', k=ñ), b: a ** b'(x!r)' = i and z and 42 and ñ):
  while j @ 0 & (10.) - obj:
    pass
  else:
    self /= ~(F'''\n''' not in 0o7 <= "(x)" >= j)
    try:
      # é 😀
      self: not 0b101 = (yield from 0) - k // z
    finally:

      from . import a

      self = café = 1 & False | (0x1f)[Rb'(x)', y]; import os.path as p
      -(café and None and u"text" and .5) if self()[value or '(())' F'{x}', await result][0 % rb"e":()[1e10]:] else not 0b101 @ self
    x = .5 ** café if (lambda a, /, **b: total) else (0b101)
  if [result]().append not in (result and '''(x)''') is not {y: self, **'tab\t', n: rb"""(x!r)""" b'''it is'''}(obj, __dunder__=c)(rb"(a[0])", items).__class__ in (1)():
    café = b'''\n'''
    @r"\\".x(k)[n]
    @k.append(*j, *b)
    def b(c: (1e10).name, *t):
      # comment
      n = j.items()
      x: ''[j](value, x) = ((n[42, café]) for result, count in (yield from items))
      from ..m import (a, b as c)
    lambda a: {10., j}[::][1_000]("""\n""", *value) - self ** 2j; -{result[1e10][1_000](data, café, k): count and F"tab\t" and items and 0x1f, value in obj >= F'it is': """(x)""" if a else 0o7, 3.14 if 1_000 else k: items | __dunder__}[Rb''':)'''[b]][value and '''😀''' u'\\' and k][:ñ[i]]
for z in y.__class__((2j), c // b, **(lambda d, t, *, c: ...)):
  c = (not i) <= {self: 2j, 1e10: __dunder__}(*ñ, _=k).real[value] is z[c::c] < j ** 0o7
  x = not items & a
b //= {value % result: ({u"(x)" u'''''' f"""100%""", items}(café, *0o7, k='\\').x[count]), not y: 1_000 / 0, not rb"(x:>(w))": a ** x}(total or b or café, data=(*2j, count, """(a[0])""")[F'''it is'''](ñ, value=b'''(y=)''')())
for total in (lambda q=1e10 % 1, b=ñ / self, c=10. @ café: self) != F"{x}" != (0b101)(0x1f, i=True).__class__.__class__:
  {"" u"(x!r)" r""""""(), (n - self) @ f"""tab\t""" "" f'{a[0]}'[y, F'''tab\t''']().name}
  for self in +i.value(*self)(value, result):
    # comment
    @j[0, obj]
    def j(a: result * café, d, p: F'''{{}}'''[ñ].name, /, *e: +r'''\\'''):
      x = (2j).__class__ // (0b101)().x
      # TODO: x
      i = (()[r'😀' """(a[0])""", __dunder__]().get > n + café == (z or count) <= (F"""{x!r}""" r'''😀'''(i=r"a b c")(ñ, café=ñ)))
      _(-(r"a b c"().name[1_000]), **result())[{0o7 & y: b > x == j}.keys:café.append(1_000 - items, *+10., ~0o7).value]
    for i in () * café(obj, b=z, **y)[c]():
      break; obj[items % 0] = -(0)
      [*i, items, b] = y = (ñ & __dunder__) * (1_000)
if (3.14)[None in '100%' in 1e10].name:
  if Rb'''tab\t'''(y, __dunder__, **y) <= self // a <= count // 0 is (Rb'100%' <= total):
    pass
    while result(10.) / "(x)"[c, __dunder__]:
      not F'a b c'(x=j, c=3.14) ** (+F'''{y=}''')
      value = +(not b"""\n""")
    not not result()(42)
  elif f'''it is'''[not 0x1f]:
    while (lambda *b: r'''tab\t''' if 42 else __dunder__): ñ = x + _ if data @ items else 2j ^ k
    a &= (lambda s, c, *q, p: 10.) ** """(())""" ** .5
  else:
    raise

    if '''a b c'''(self)['\n' u'''(x!r)'''] * '(x!r)' F'''{x:>{w}}''':
      # type: ignore
      k
    {(42), (0x1f).items is not ñ[c, (1)].append}(**((not i) | (total or r'''\n''' r'(x)' or F'{x:>{w}}' r'''\n''')), __dunder__="(())" | total | (Rb"""\n""" >= "\\" "\\" u"""\\""")).real
  __dunder__[j // j] = value = ~café[0x1f, café]
  for data in result.items()[j[None](value, i=n).append]:
    class Obj(~ñ, metaclass=data):
      _[2j // 2j] = (b"""(x!r)""" * 0b101) ** 'é'.name(0b101, __dunder__=1)()
      result[self(café=0x1f)] = ~(a if b else j); self &= (value.get.name)
else:

  @(__dunder__ := obj)[x, 0]()
  def c(q, *e: k >> u"""(x!r)""", a=c(2j, total)[1:r''''''][rb"""it is""" Rb"""(y=)""" Rb"""\\"""]) -> (lambda q, s=2j << True, /, *, t: """(x!r)"""): j = (k & f'''100%''') >> +42
  if (lambda **b: (0o7)) ** (1_000)[data:.5](a, """(y=)""", total=__dunder__).keys:
    items = (0x1f) or x == True or (lambda: x)
	
    async def x(d=c >> "text"):
      café = (items if y else 1) << (42 if café else ñ)
      {a[None(items, *value, i=None).items[z]:42 or u'''text''' or 1e10 or count]: (lambda *b, q: (1_000).x)}
    import os.path as p
  elif r'''(y=)''' "tab\t" "(())" << 0o7 and obj.x.name and (10.).__class__ and -False:
    [z, k] = +[]()
  elif (-1e10) ** +f'{a[0]}':
    _[3.14 ** 1_000] = result or i or 10. if c + x else total if x else café
  else:
    if """(x:>(w))""" f'''{{}}'''.value:
      café(not False * None, f"a b c", rb'100%' > data | k).items
    elif -(0o7 - 10.):
      (0)(__dunder__('(a[0])' >= data, **{**1, **c}.get, **(lambda s, d, *a, b, c, **t: 10.)).append, *((c or ñ or ñ or rb'''100%''') or (lambda s, **c: data) or j - a), result=value & _ != [f"""\n""", items, i][obj].__class__[:F'{x!r}' """it is""" """a b c"""] > obj + .5)
    else:
      raise
    if -(1e10)[x::i]: j = F'''100%'''.append ** (r'''(())''' // a)
    else:
      global x, a, ñ
	
      *__dunder__, z = self[(42)[0o7][1_000, n].y]
      self = (42 if x else 0o7) ** total ** 1
    async def obj(c, e, t=(lambda q: 0), **d):
      __dunder__ = (1)((*total, ...)(ñ=result))[(obj and k and k and total)]
      raise ...(y, z=True) from __dunder__ / 0b101

if -(0b101).value(ñ)[0, 42]:
  {} or (f"""😀""" - k) / (Rb'''(())''' > x not in c not in result) or {obj - 3.14, None()()(0o7, total=obj, y=1_000), __dunder__ if obj else obj}.x or (10.)[(lambda s=items ^ y, a=n * items, *e, d: rb"a b c" b"(a[0])" b"(y=)"), result(*k)]
