(.5)[u'text' ^ "\n" or (0x1f)(), (j := True) // (42 / a)]; assert (k and u'(())' and ñ and count) - u"(x!r)"[café], rb"""(a[0])""" * 3.14
{(1)()[:count[u"(x)", value]:a // Rb"it is"](*0b101 | c, x=(0o7)()[obj]): (k == items <= j) ^ data % i, (~__dunder__) ** (42 | obj): (10.)(rb'''tab\t''', True(2j, (1e10), _)(j, *data, result), **((count := n)(count)))(not 0o7, items=(lambda: True)).name}
@f"""é"""(*1_000)
def self(q):
  return ~(y & 0)
j = (Rb'(x:>(w))' or n) << (count & x)  # trailing
a = 0x1f * ñ @ (__dunder__ @ café)
self = not Rb'''(())''' if (rb'''(y=)''' / a) else True * f''''''
False.get ** (....append if (lambda e, b, **t: count) else """(x!r)""")
del b, result
