count = {obj: u"(x:>(w))" f"😀", k: 0}.name // (Rb"""a b c""" ^ items)
@(.5)()
@items[obj:True]
def a(p: i or F'a b c', *d, e=[y for z, café in 0o7 if c if c]()[j, data], c: not obj=(None % a), **s):
    obj.value = ñ - 0 is -Rb'(x!r)' is not ([1_000, *2j][a]()) > (0o7)()
    del y
    # TODO: x
    (None | items if '''(x:>(w))''' * _ else (lambda p=1_000 @ a, c=y ** y, e=(1_000), *a: count)) and (... is not (data in y < y)) and self((lambda b, s: z), a=(*c, value, i)(), value=-k)
   
def k(*, b) -> {}.x[(3.14)][count::rb'''(x)''']:
    not ()[0b101 // a]; a: b'(x:>(w))' ** n = (obj if x else count) >> j - None
    (c.y(total=y),)() % +(1 - k)
if (not n) / items:

    (0b101)
elif (lambda s, d, *a, **q: y) if rb"""(())""".value else 10. - f"""\\""":
    result = (lambda b, /, *, t: 10. if 1 else self)
    (b in 0o7 <= n < x) * {u"""(x:>(w))""" for c in _ for (b, items) in True if 3.14}.append or ~(0)[self]
   
[(0)](rb'''a b c''' ** F"""a b c""", **((10.).keys[b])) + {1}(*None, y, café=count) // (ñ if k else items)
(~((_ or y or k or z) & (café | value)))
raise value if 42 else x from a == 0o7 > 1_000 <= y
   
@(b.keys.get)
@{x: obj for n, _ in j if 10. if 0x1f for __dunder__, value in 2j}[_][obj]
def ñ(t, p, d) -> ñ().__class__.append:
    n.y = data[0].value if 0 or i or 0o7 else 1e10 // b
# type: ignore
with (data @ count // (obj for value, j in 0b101 if a if rb"\n")[count:F"""{x}"""] as items, +{0}[f'é' """a b c""", data]):
    self = ~(ñ and data)

k: (1)().get
