   
try:
  value = (... not in r'''\n''' is not 1) is n(**k)[2j, '''\n''' f"""{x}"""].__class__ < result[b, b"""(x!r)"""] > (lambda: data)
  pass
except (ValueError, TypeError) as err:
  b = c = i
  # comment
  items >>= 2j not in items != _ and self not in total in f'100%' 'text' and (items if 0b101 else z)
  x, *k, b = not c % 0o7
match (0 < count > x) is not (3.14 == ...) != (a and data):
  case ((((None) as whole)) as p): café.name = (0b101).items[:_.value:k].y
  case {None: int(-1+2j, x=None, z='s')} if '''(x!r)'''(u'''\\''')(10., *..., **.5)(total, *0o7): x: total is not f"""it is""" != a = result + b - (b if k else y)
  case _: items = (not c) % (result // 0o7)
x.get = x[n](obj=1e10) < [_, a](**b) <= +ñ
