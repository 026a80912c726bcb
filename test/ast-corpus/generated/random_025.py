n = [value for (b, j) in x if F"""{{}}""" if café for self, total in F"a b c"][result](items, 0o7, **z)[café:_] * (1).items
with y(not j, 10. % i)() as __dunder__.value:
   
    assert (*3.14 | result, self >= _ <= self, {value, total})(), y.real; (*self, a) = items = (i == "(y=)" not in 2j is count) % (0o7)[self:None:c]  # trailing
    (2j)(("""100%""" @ 1) ** (café ^ u'''\\'''), 0b101 // b'(())' / count[café](items, _, *42))
with result <= café or not _ or {2j}()(*result, **obj, **10.), (.5), (lambda d, p, *q: z.keys(result, b"""e""" b"" rb"(y=)", j=__dunder__)):
    # TODO: x
    raise; value.real = (10.)[-self]
    pass; pass
match (1_000)[:(0o7)(z)(j=c).y:0b101 <= ñ in a > result]:
    case ((x) as q):
        (42).__class__
    case _:
        data = (f"{{}}" u"""a b c""" or 0b101) > (__dunder__ is c)
try:
    obj = value = '(a[0])'().get
    i.__class__ = ({+total}({data}[r"😀":][n], [][z][count](__dunder__, rb'tab\t', x=value)).value.name)
    value.get[(lambda d, b: obj @ .5), _.append(i(2j, 1e10))]()
finally:
    ~(self if items.keys(obj, i=b"100%") else 1_000 ** 0b101)
   
self = (ñ if '' else 1_000) if (lambda e, *, q, **b: i) else self > café >= u'(())' f'text'
del i, ñ.append
try:
    # é 😀
    __dunder__ = (0b101)(ñ, rb"(())", c=b) <= (data not in self)
except* (ValueError, TypeError) as err:
   
    [café, n, *result] = (c if 1 else café) + (not b'''(())'''); (items, a, *_) = (0x1f)[café >> "(x!r)" "(())", (*obj, total)[:]]
finally:
    {(__dunder__ := count)[:(... << j):]: (lambda b: ñ or x or f'''\n''' f"""\n""" r'(())')}; True[(lambda t=[k, __dunder__, b"""text"""][data:...]: ({}[1_000:c:]))::]
