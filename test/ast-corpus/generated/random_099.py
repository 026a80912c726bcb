while not (data >> z):
    value = (0b101 in total) == (True if self else 42) < self(b).value < (True == result)
    total = __dunder__ = {}
for ñ in {data, 0o7, ...}[u"it is":].items or '''100%''' f'tab\t' '(y=)' or not None or {f"text": b"""tab\t""" for y in 1_000}(r'''''', a=count):
    for b in -value[n]: total |= u'''(())''' r"\n" "é"[result] != {total, 1_000, x}[r'it is', 10.].value()
else:
    j = {(0x1f) or self or True: 2j << c for (count, _) in 1e10 and total and r'''(())''' '(x:>(w))' for a in None(**obj)(obj=café)}(z if j else _, **True.y, items=F'''{a[0]}'''.name())
y = not 1e10 // self
# type: ignore
assert [count / 2j, (i[0b101]().value), *café].y(*(not 1e10), *a % 2j, **(F'{a[0]}' for self in 1 for total, ñ in __dunder__).__class__.append)(n if k else a, +result), result & count; obj = (lambda q=False or '''😀''' u"(x!r)", a=café or j, **p: total) or +a
data = "\\"((lambda q=1e10 is 1e10 is __dunder__ is not count, d=j or F'{x}', t=obj(): 0b101), {.5: """""", count: _}(*total, café, k=items), **{0: F"{{}}"}[z, True][::obj][3.14])
self = i()()[:y:obj] >> ('''a b c''' if 42 else j)
while (c if self else self) is not {count, items}.keys:
    class Result():
        from . import a
        import os.path as p
    while "😀" % café << (not café):
        [items, value, _] = (lambda q: not 42)
    else:
        (-_ != (None and __dunder__) == (1e10 and total and __dunder__)) // ((0)[2j](j, data="text") or +k or a - j or r"""(y=)""".append(j, (42), obj=data))
        z[(0b101).name] = {c, 0o7, F"""{{}}"""}.append[value:] @ (y is not False > a)  # trailing
        total /= y(None, self, *f'''tab\t''').name is not k ** y not in _ / result == count >> Rb"(x:>(w))"
else:
    c = n ^ j is not ~total < (value if b else z) > (obj and 3.14 and '''(a[0])''')
match (result.x) - b"""\n""":
    case Point({}, y=1.5) if {__dunder__, F'''text''' '''100%''', 1_000}[café]:
        b **= (lambda p=x ** k: (0x1f)[10., total]); (0)(z[j >> rb"""""":{'''it is'''}.__class__[1_000].x:"tab\t" "tab\t" and count and ñ and _], (café == z is not k not in n) ** (*"""""", 0x1f, j).x, café={_[None:][k:j][..., self]: -items, c ** obj: data(data, a)(obj=n)()}(n[__dunder__:][.5], b=0 >> '(y=)')(*value, **(j is not i in _)))()((1_000)(r'100%' or items or items), c << data if -0 else None(10., 1), b=(_ | items) / c[10.]())
        self = (café | data) // (self // 1_000)
    case [True, None]:
        # TODO: x
        k = (not f"""it is""") % (x in z)
        data //= (lambda b=obj + "(y=)", p=j ** _, s=result if f"""é""" else True, *, c, **t: k) ** (1e10 or café or x)
    case 's':
        j //= u'''(x)'''[x ** False]
    case _:
        café = (.5 % rb'text') ** z ** rb'''100%'''
        # type: ignore
        result &= (x | b) ** (not j)
        obj += False.get is not -items
(c := (2j)((0o7))()())((42)(True())(i=ñ(__dunder__=z))("\\", self=rb'''text'''.value.__class__.y), +(value | .5)).__class__.append
