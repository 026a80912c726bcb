@[42, 0x1f, a, n]()
@n
async def c(c: (count.get(result, 1, c="""""").value), q: y < value is not y in result, d):
        match (0b101).value @ (0b101)[1_000]().x:
                case (((x) as q) | {'k': b'x'}) if 0o7 < obj <= result == value:
                        nonlocal a
                        (0x1f)(True <= 1_000 > 0x1f, obj=result | self, _={rb'', data, False}[:result:2j][obj]).items <= u"""é"""(data=b"""""")(*42, 1e10, café=n) ^ n >> rb'''(x)''' == (not (1_000).__class__.x(*_, *value))
                case _:
                        # type: ignore
                        total /= {1 != items in ñ: 2j * x}()  # trailing
                        nonlocal total; k *= {not b: (0b101)(*'''a b c''' u'''(())''', _, rb'''100%'''), (lambda: 10.): (0)[count][value, '''(())'''], __dunder__ ** .5: value and False and F"text" "(x)" """100%"""}()
                        (not y) ^ (z / c or __dunder__ and result)
        with (not 1_000) is (lambda p={ñ for count in y if F"text" if n for c in """it is""" if c if 3.14}[.5].name(), a=not i, t=... | z, /: j), data:
                # comment
                @value.real
                @[](x, None)
                def items(p, d, *, e: (f'😀' // 3.14)):
                        global a, z
                        x = yield
                        items = {café: x, 0: None, _: self}(data) if (42)(False, value)()(y) else (yield from None)
                return __dunder__()
                if (ñ := (count := 0o7)(ñ=c))(await _, *(3.14)[value, i]): raise {data: _ for a in 0x1f for (value, result) in _ if z}.__class__
                elif __dunder__ + self | -j:
                        _ = i(items=result - n)
                        items += (.5)
                elif (yield):
                        yield total % j is (2j) <= (lambda t, q=café.append(x)(items, data, _), /: 3.14)
if [-c, café >= result]: i()(*(y <= b is not count), not i) / ñ
[(a is 2j is not i) << r'é' ** True for b in (.5)[:].keys[:] is {j, 0o7}[f'text'] != (r'''a b c''' == 0o7 < 0b101 >= count) in +"(y=)" "(())" if j if k[-rb"(())"](*n.x[f'''{a[0]}''', F"é"], b if 42 else 1) for (__dunder__, obj) in z](+data and (i if _ else "(x)") and F'''\n''' << ñ, (b'(x)' - __dunder__) * café.items, n=(y ** n for i in value / 42 if _ != j >= '(x:>(w))' in ñ)())
	
def value(c, a: ñ << 0o7 = count and n and obj) -> result * z:
        # type: ignore
        @count
        def _(*c: obj.items(c), q: obj >> 2j=z()):
                class Café(__dunder__ ** 0b101, 0o7 | self): ñ = (lambda q=__dunder__ ** b: [__dunder__ for k in F'\n' for c, x in f'\n' if value](self=a))
                with not _(): return
        if '''(x:>(w))''' // rb'a b c' if Rb"""\\""" < obj != 1e10 > 1 else count ** x:
                for (total, i) in F"{a[0]}"[+i, (lambda **a: k)][... if ñ else j]:
                        from m import *  # trailing
                        self != (1_000).get >> (not y)
                        k = n.items(i, '''text''') == (c[:f"""{y=}""":0o7](value)) is (u"😀" and 0 and f"""{x:>{w}}""")
                for result.value in x((3.14)(), ~True, _ | a)()((b <= y is c)):
                        break; y = café.__class__(*(yield), (3.14)[:__dunder__:], obj=(yield))(F'''{x!r}''' / c, (lambda p: 10.))
                        items = data.y
                __dunder__ = value ** value & total(n, b'''\n''', b"""100%""")
        elif a.name:
                k = (1_000)[n(ñ, café, result):n(**c).__class__:()(rb'(x)')]()[(ñ := .5)]
        # type: ignore
        if (yield) >> Rb"(x!r)" ** self:
                # é 😀
                if (.5).value[data / a]:
                        raise
                        b.name = -self ^ (not True)  # trailing

                        return (lambda d, **p: -self)
                elif ((rb'''(x)''' == result == f'''{x:>{w}}''' not in 3.14) | count % n):
                        c: c == 0x1f is not None is not obj = +(yield from z)
                        (-{b[value, __dunder__], obj[c](café), (y,)().keys}.keys)
                        global k, n
                else: pass
                total: result or café or n
                while x(not '(x)', k=c + i, data=.5 / False):
                        data[(y,).items.x] = (self if 3.14 else 3.14) or items not in value < None > Rb''':)''' or +Rb"\n"
                        del (a, total, y)
        elif value.name()(**z ^ count, **ñ.append): return
        elif (not i) <= a() > -10. == _.x:
                (not False or {**c}.y.append.real or (0o7 or a or __dunder__)) is not {'''(())'''(obj).value['''(x)'''] for k in (yield y) for count in c / value if not b'''\n'''}()[(yield items)] is j.__class__
                if not self < n not in ... not in obj:
                        # comment
                        raise
                        n.x = -items if (1).__class__ else '''text''' or value or u"é" or 1e10
   
                        count = _(*f"""\n""" << _, **(10.)(1_000, self, 0x1f), **ñ[:])
