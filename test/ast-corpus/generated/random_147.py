while (lambda e, p, d, **a: not x):
 for (data, café, n) in (Rb'''(y=)''' > result == """""" u"tab\t" """😀""") + (c + 10.):
  nonlocal y
  try:
   break
   {(1_000)(x, f"text" """(x)""" F"""{x}""").value.keys < (Rb'''\n'''[...].append), '''\\''' f"\\" u"é"(obj - 1), z ** (1) - i.keys[0o7, café]}.name
  except* a.b:
   items[(lambda e=()(True)[_, i][self, b], p=1e10 ** a, *t: y)] = (self := value(i, .5)).x
   ñ = not k >> obj
   a().items.items
  finally:
   (+z / (self is not f'{y=}')) ** n.y()
   
   ñ = {k // ñ: obj + items}

  break
 else:
  ("""\\""", 1e10)[3.14, 3.14] > (total := 3.14).value() != (lambda d, s=rb'''(x!r)''', a=__dunder__ or 3.14 or data, *, e: 1) or __dunder__.append(x ** total, __dunder__ & "(x)")
 del [count, k], _
global a, result, b
x = items[42 and 0b101 and _ and result]
