nonlocal b, c
match (.5).__class__(2j)[value] ^ (2j)[f"""100%"""]:
  case {}:
    # type: ignore
    match [(lambda e, c, s, /: z), 0x1f @ 1_000]:
      case ((((True) as q)) as q): assert (0x1f ^ data) if 0b101 // '(y=)' else [items, i, x][total], __dunder__.items(data, *0x1f, total=result)
      case True:
        b[(not 2j) | y[10.]]
      case _: raise
  case _:
    c = not result @ obj
    self = (r'(())' & café) & (items and 10.); a = (1)()(u'''100%'''.y.value.x, self ** obj)[a if False else 0b101]
    match j ^ result + i:
      case [Point(True, [], z=1.5), [-1, a.b]]:
        café = data
      case _:
        i **= b"""(a[0])"""
if ~(0 >> i):
  try:
    self **= (.5)(F"""""" if total else u"(a[0])", items=j ** __dunder__).get
  except* E:
    for x in (self if j else F"😀") is (count, Rb"""""", i).get.y != [items, self].name[10.] > False(__dunder__, **i, n=k)(y, data=u'(x!r)' r'\\')[k, café]:
      c[~value] or j(0 and __dunder__, *(_ and z and count and Rb"\\"), {value, data}[:F'é' r"""text"""])(__dunder__ or 1e10 or 10. or ñ, -a)[f"""{x}"""] or z ^ [value, False, z, count, ]  # trailing
      raise 1_000 or result or j or 0b101
    n = y ** 1_000 + value[:__dunder__].value.x
  except* (ValueError, TypeError) as err:
    while value ^ data if 1e10 ** i else (2j)[n::total]:
      (count, c, *self) = total[z, 2j](1e10) ** j.items
  finally:
    for count, __dunder__, z in ("""(())""" @ count) ** (0o7)[_, 1]:
      count = '''(x:>(w))'''()
with (self + 0) if (1e10)[1e10] else None - total, [*3.14 | x].real, (10.)()[obj, self] / y ** 10. as [result, value, items]:
  c |= (lambda e, *a, d: b'''(a[0])''')
  import os
(+(b or café or u"""(())""" or False), b"""text"""[b"""100%""":obj](count, False, f"{x}")() if ((0b101)()) else ... if .5 else n, y)[r"(x)"][(lambda c, d: n) >= ~k < (y.append[F"\n"][obj]) not in 1_000 | result]
