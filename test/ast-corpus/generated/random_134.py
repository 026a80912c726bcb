for b in ((10.)[not ñ::](0x1f << b, ñ=u"""é""" '''100%''' 'tab\t' and _, ñ=n @ k)[(lambda *, d, **t: z)]):
 match count(obj) @ (not n):
  case 1: count.y = (lambda c=-j, p=b"""100%""" b"""e""" & 0: [](k, result)(**0x1f, **(1e10)))
  case _: café += f'''text'''[(.5)]
b = i[(b,)[y::False](value, ñ, ñ=rb""":)"""):... + count]; café = """(a[0])""" % f'a b c' ** j
def c(t, q, b: y[2j] = b'(y=)' and café, *s, a=j ^ j, p=not """é"""):
 raise
