match [(10.) for total in """é""".real if ("(x)" u'text' / 1) for b, result in (1e10)().get](data=2j and .5 and k)[rb"(y=)" >> items:u'''é''' or total or obj or 0b101][:]:
  case True:
    café
    _ = ((0x1f)[(café := k)[r"""(a[0])""" u'a b c' """""":y].keys(k, self, **a), +"(y=)"])
  case (([-1, 2j, b'x', *rest]) as whole):
    if (1) - (y & count):
      i = (1)((0o7).append, **count & u'\\')()
      del data, items
      y = (lambda *e, a=_[0o7:2j:](k, data), c=not count, **t: not n)
    elif u'(x!r)' f'''\\'''():
      k[+count] = ~0x1f ** False
      a = café = items ** count ^ (count if rb'''text''' else y)
    else:
      k.__class__ = __dunder__  # trailing
    not (a[None >> z:b"(x!r)" not in a not in n].y[c // 3.14:(1e10)[:b"""100%"""]:])
    if -(lambda e, q=a * count: 1_000):
      self = +(1e10)
    else: j *= café()[x + total]
  case _:
    x[(rb"(y=)" and '(x:>(w))' and """(x)""" and _) is not rb"e"(data=1, j=n)(3.14) not in None(value) is (i if Rb"""(x:>(w))""" else 42):n // obj % j ** f'a b c'][-(f"""a b c""".__class__), (not '''\\''' 'it is' 'tab\t') ** x(value)[self]].__class__
class X(r"""(x:>(w))""".get):
  if b'''text'''[n[data](self)]:
    with ((1) and result and r"(x)" if total[:value] else None << a, 42 % 42 >> (1)[u"""100%""":obj](1e10, total="""(a[0])""") as count, {rb"(a[0])"(0b101), {0b101}(1e10, value, c=0x1f)(b, None)}(**self & n)):
      value @= (2j).y
      lambda c, d={count, __dunder__, _}(_, c, obj=_)[_](count, items): {... for (z, j) in b"it is"(data)}(''.x[data][:j:], café <= Rb"""tab\t""" > 0o7, *(3.14)[n])
      not (0x1f or _ or 0o7 or j) << n
    items = ~(0).real(*F'100%' u'''a b c''', *total, j=0o7)
nonlocal z, ñ
while ~b"(x:>(w))" + data.__class__(*__dunder__, obj, x).x: n = (café < b'100%' is 0x1f) if (0o7)() else (lambda q=~_, d=__dunder__[::]: (1))
y = ñ = not ~n
data: ~count = not None.name.items.y
for n.keys in lambda d, q, **c: Rb'''''' ** 0x1f:
  if 'tab\t' r"""tab\t""".name(0, __dunder__, **__dunder__) in +2j <= ñ ** False == (value >= 42 != Rb""":)""" is 1):
    not j[b // z:(0x1f):(lambda q=-items, a=café ** a, s=3.14 < 42 is '(x!r)' < rb"\n": self)](total=count, result=0 and j).append
    b[True[{}(0b101), .5 @ None][b"""(x:>(w))"""[self](0b101).__class__]][j % 1_000 + (.5 and self and data)]
  elif not F"a b c" // value:
    y[Rb"""text"""(z, data, items=0)[j][2j]] = (2j)(i=n.name.name, j=~z, b=c()())[:0x1f or 1e10 or count or total:](café @ café, (lambda d=not café: count), result='''\\''' "\n")
    for x in (True @ i) ** (0 % items):
      z[(0).real] = -(_,)[(1_000):__dunder__:](None).value
    else:
      a = u"a b c"[::_.items.y(*j)]
      j = (lambda **t: 2j) or 10. and _ and j or obj == 0x1f < f"é" in items
      pass
  if (u'''(a[0])''', 0, total).value == (u'é' and 42 and items) <= _.value[result:rb'(a[0])':].__class__:
    nonlocal result, self
    [(.5 or value or x or café) + (n if b else total), ](**k.name)[obj, (lambda e, a, *s, c: +result)][(lambda q, *e, d=i if n else value, t: ((1_000).real()))::]
  elif y // f'a b c' """(x!r)""" f'tab\t' | (data := data).keys[a]:
    n: result
  raise
match not (1 if n else k):
  case {1: 2j, **rest}:
    if (1).y:
      a.__class__ = (items := [n, count, j, *1][data]())(y.real)
    elif 1e10 != ... >= 0x1f == r"""""" if n.get[b'(())':] else (not count):
      # type: ignore
      i = (3.14)
      assert +a in (f"""{x!r}""" < 1) not in j ** '''''' not in ~Rb'e', ((10.), x, 3.14, total).get(total)
      ñ = c.value(not '''(x:>(w))''' '''(())''' F"""""", ñ=-_)
    elif not (z if i else x):
      # type: ignore
      (ñ, *total) = (obj, total, k, 0o7) >> value.x
    else:
      assert obj.items, +result
      value = (lambda c, b: z) - (1).items; [obj, c] = -(total == ... in 2j)
    match {not 0b101: (rb'''\\''' and y and n) for value in z or '\n' or items or ñ for i in (lambda: a)}(not self)[{k: obj}[10.].y[x:a], ... if count else ...]:
      case Point(True, x=a.B(), z={**rest}) if (1):
        (n >> i if -x else ~(.5)) // ((42)[:j] if a("a b c") else c * x)
      case 1.5:
        b = ()((0x1f).append(1e10, data, café=1e10), 'text' r''''''.value[0::obj])[:result:True.x]
      case _: -("text" ^ café) if _ // c | c @ b else obj[False and (2j) and 0]
  case [int({}, -1, z=-1, y=2j), int({}, True)]:
    from . import a
  case _:
    async def x(a, *t, p, e: 1_000 / 10.=(1).keys[:_]):
      a = rb'''e'''()
   
      count.append = [__dunder__, self, café] = (n or 3.14 or n) < (yield _)
    try:
      count = -k or (42)['(x:>(w))' F"100%" "100%"].name.items
      y = y = {**u'''''', c: result}.y.items.items & value ** self
    except:
      (1)[n]
      i -= ((0x1f).real) if 0b101 or total or count else '''é''' '''\\''' and "a b c" and 1  # trailing
      ((.5) not in '''(())''' in 3.14) ** (not self) in (3.14)(j.append, ... and self, value=r"tab\t"(result, 0x1f))
