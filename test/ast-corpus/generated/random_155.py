if (lambda e=u'(())'(F"""a b c"""), q=café[0o7, x][k::z], b=(lambda p=('it is' for (_, b) in y if 0 for (b, i) in Rb'e'), s=n(True, x='é' """(a[0])""" F"{{}}"), q=k or y, *t, c=0 % .5: data), *a, **t: x) > (+j) == (j[i]): self[(_ if c else 1e10) if data or x or F"""😀""" else r"""tab\t""" + _:(y << True) ** (not result):(total(count, c=42, café=z).x, total ** None)]
elif not ~value:
 total.get = data = x(y=items[:obj:]).x
while (1e10):
 if ((j if __dunder__ else x) and items is x > a and '(x!r)' - z and 0x1f >= Rb'tab\t' not in 2j == z):
  @(1_000).x
  def b(a, q: n):
   total **= (i or data or café) ** (not c)
 elif not -a:
  # TODO: x
  if café ** __dunder__ or 42 // obj:
   items ^= (b"text" and count) & (.5 != result)
   ~rb""
  elif (self if total else rb'''''') @ (.5 // (10.)):
   [~__dunder__, 1e10 is n, ][(f"""\\""" F'😀' / f"tab\t"):c(x, *0x1f, obj=r'a b c'):(.5).append.__class__] is items[[0x1f, Rb'it is', """(x!r)"""]()(total)[__dunder__::ñ]](1e10 and café)
 else:
  for data[{42}[j, x]] in value.items:
   obj = self(*(not total))
   x: ñ ** rb"""\n""" = b''':)'''
else:
 if not -items:
  try:
   global a, _
   [i, __dunder__] = not ...(b"a b c", z=a)(i)
  except (ValueError, TypeError) as err:
   items = (1e10)[::].value
   y = self if (i[items::count][b]) else [].items; pass
   (None >> j if {__dunder__: _}()[c, a] else ñ @ 1_000) > {a in total is a is result for (data, z) in obj}(2j ^ data, (lambda b, q, *, a: i))()(total, *(0 if 0b101 else obj), 1 ** k)
  except:
   
   from . import a
  else:
   __dunder__ = -Rb"""(a[0])"""
   raise r"""é"""()(count, items) from (lambda s, /: items); (3.14)[{+_ for y in i()(1_000, **value) if f'\\' ** 1_000 if (1e10)[2j]}((10.) != _ == __dunder__ not in result, f"""tab\t""".value, _[:][1])]
  finally:
   [café, count] = ().value
   café = value.get[count or 0x1f or 1e10:]; (i, *z, k) = Rb'''(())'''(total=(42)[ñ, u'😀'])()
   café *= (not n) <= count(obj).__class__['''tab\t''', x] is not café(42, self) > x(*(10.), n, **1)
try:
 del (__dunder__, total, k), self.items
except:
 @(café, .5, 1).name
 def café(e, q):
   
  for b in b(+rb"""\\""", (0b101)[i], False ^ n): i.y = a, n = ~+j
  match (ñ if i else a) if a ** n else c > j:
   case ((1.5 | a.b) | Point(-1, 1.5)): from m import *
   case [[], [[], x], *rest]:
    pass
   case (['s', a.b, *rest] | a.B(-1, y=None)) if F'''100%''' '' - 0x1f: not (lambda d: b"""(x!r)"""(f"\n", items=False))
   case _: pass
 a @= (3.14) - (10. and items and 0 and result)
else:
 value *= (10.)((1e10), .5 ** result, result.items)(b"""(x!r)""" ** .5, -z, x(2j)).items  # trailing
 raise
 x = (3.14).append
(b / j) ** (n * _) or (lambda a={}(F'é'), t="😀" << items, e=café <= 1 > i, /: Rb'(a[0])'); total = (1e10)[result].__class__ and F'\n' u"100%" ** y
a: True = 'a b c' ^ items != (total is 0b101 == self) <= (rb'''(x!r)''' >= ñ != 1)
ñ = value.get[self, 1e10] | (k := c)(data, z=z).real[1_000:True:i]; ((0o7))  # trailing
obj: b.value
x: items = {}.get('''a b c''', count=k) if (0b101)[i] else (0b101)(n, **__dunder__).__class__
if '(y=)' + '(y=)' F"""text""" + items // z:
 # comment
 try:
  assert None[(lambda t, a, d: None)]
  with (1), café((0b101).name[1e10].__class__, [][z::None], result=False[x, b"(x:>(w))"].items.items)(data()) as x, None as b.x:
   raise count
   ((b[obj:total] != (1_000)[result][42] > (j if result else 3.14) != j(self, count)[2j]) in z * ñ * (3.14 <= True) not in "it is")
 except Exception:
  y %= Rb"""(x:>(w))"""(*r'''(x:>(w))''', **count)
 except Exception as err:
  try:
   raise 42 ** __dunder__ from [*a][i].y(j, *j)
   assert __dunder__ - items is (lambda q, t: rb"(x!r)") != +total is (b := 1_000)(**result), (42)[r'''100%''' """(y=)""" """(x!r)""":ñ:obj][0o7:b:j][i]
  except a.b:
	
   (42)(__dunder__ == 0x1f != count != j and (lambda s, *e: k) and (10. and total and b), *(_ and not k and 1e10 ** c), ([i(42, __dunder__), 1 | z, 0o7 // '''''' '''100%''' "(y=)"][+n:(1)[j, 2j].name:][:café ^ r"""100%""":r"""(x:>(w))"""()]))
   __dunder__ += 10. @ .5 * rb''':)'''(3.14, b"""""")
  except Exception:
   # TODO: x
   import os
   b: ~1e10 = n.real - (not Rb'it is')
   (value ** 0o7 if -n else k[count:total:_]) is -(obj in total is i != (0o7)) is "\\" != True << i - total
  finally: lambda a: '(x!r)' F"{x!r}" f"""{y=}"""()(0x1f, **F"""a b c""" r'''\\''')[10., 0] % (a and c)
 else:
  # comment
  _ = x
  result = +(not F'{a[0]}')
  i: (lambda q, s=(1_000).append(3.14, a), d=(__dunder__ := a)(value, café, 2j): 1_000)
 finally:
  for items in café[0x1f + .5, (0)[a](__dunder__, 10.)]:
   (().real)
   data = result[not obj] = (1_000)[0o7, 2j](count, total) % (not 1e10)
  else:
   {(2j == c not in items) <= r'''(())'''.name in (lambda s=a * True, c=b and self: 0x1f): (1e10).keys & (True or __dunder__ or 1), u'(x)'()((café or "tab\t" or f"""{x}""" r'tab\t' or obj), False or c): j & y or r"""(a[0])""" ** self or not count}()
   # comment
   count = café.x.value
  (y := café[data[1, u"""é"""]]).y[(y and items and data and __dunder__) - (lambda d=+n, t=i and f'{x}', b='''(x:>(w))''' is not __dunder__, *s: k):].__class__; j = total = ~0x1f - ~j  # trailing
elif -Rb'(x:>(w))' ^ i("""it is""", *b)().__class__:
 pass
   
 self /= value
elif 'tab\t'.get[ñ.y]:
 not x and z << _ > """a b c""".append > (lambda c, s, e=(0b101)(42, total), *p, a, d: y) and (+count if ~z else j ** 1_000) and (x := (lambda: b'\\'))
 data = (lambda b, q=None >> j, a=j(0, y, y=obj)()(y), **d: result) and (lambda s=False >= total <= 2j <= i, e=(count for c, c in 0 if result if 3.14)[value], p={1: x, **42}: 0x1f) and (value if n else obj) and a(count, z=c)()
else:
 _: ((total := 0)(z).get) = ~+2j

raise; from m import *
