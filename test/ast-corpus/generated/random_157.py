
{_ ** x, True(), False.__class__}(obj[__dunder__], *(1e10)(items)[Rb"(x!r)"].keys)[(0o7)].real > True((0x1f)[value:], *rb'(x!r)'[10.:café:café]).name <= (1_000)().append[n.__class__.keys(F'''😀''')]
k(); (0) not in u"""(a[0])""".real().items % (not None) is -(not self) is self[(0x1f):+__dunder__:b is not k]
x = Rb"""text"""[n | 0](i=_ not in k)[rb"""(())"""[items].append, [__dunder__, x, ..., __dunder__, ](**self, **0)]
café = not {'''é'''}.items
def y(s: [(1), __dunder__, 0x1f, False, ](i, ñ=i, z=items), *p, d, b: [__dunder__, __dunder__, 42][rb"\n"]()(c)):
    nonlocal b
i = __dunder__ = ~False ** value
class Obj(metaclass=_):

    raise result[:rb"(())":]
    result >>= ~items and b"""100%""" != 42 > j not in 0o7; raise
    obj = items // True or (10. if 'a b c' "(a[0])" else n) or i + a or (10.)().x()
if count // a and (data and (2j) and 1_000 and True):
    (items, _) = self[{3.14 for j in data if total if café for c in a if 0o7}(b=10.)[j]] = obj()()(a ** u'😀', +...)
elif items():
    j *= value ** 0x1f if z << y else False.x(.5)
elif (0o7)(obj and .5).y():
    pass; count = ... * x + {0, (1_000)}(1, **count)
    i = (_()(obj))  # trailing
else:
    del j
    assert _(not rb'''(x)''', (obj not in 1 in Rb'\\'), **+c)({x: obj for (count, _) in False for (c, data) in j}(), ñ + result)
    x = (lambda s, p, t, /: True) - total @ 0
   
y = """(x:>(w))"""[.5 // 10.:0x1f if y else x:1_000 or i or F'a b c'].items(.5 is r'' u"\\" < c >= '''(x:>(w))''', self[total], u'''(x:>(w))'''[items])
(x, i) = items ** count ^ f"{a[0]}"(**n).value
