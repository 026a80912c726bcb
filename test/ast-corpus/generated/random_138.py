# é 😀
class A:
    class Self((1_000)(x=__dunder__), value ** f"""{x}""" u"(())" f'100%'):
        n = (0b101)(True(**obj)['''\n''', c], *(2j > result >= data is count)).value.y; (z or b) ** value[__dunder__].items[False, obj] or (not obj) not in {result}(café, .5, b=0x1f) < result.items is not {}(*b, data, b) or (3.14)('''(y=)'''[False:j], self=.5 or a or 0)()
    def x(s, c, b, *, a):
        class Result(value & count, (lambda: obj)):
            (True & b'it is' if (1_000 if a else x) else None().value) | (lambda e, q, a: {True}(r"""\n""").value)
        (0o7)(a.x, (yield), obj=k < r"""(())""" in items) - (rb"""(())""".x(z) ^ data ** __dunder__)
    class B:
        for count in +i ** c:
            break
        else:
            a.__class__ = ....real(result.x)(b.keys[self:](), """(x)"""[items, 1e10], data=(data(*0b101, b, value=0x1f)["(x:>(w))":"100%":result]))
        # TODO: x
        if ~rb"(x)" // F"it is".__class__:
            global items, c, x

            b = {x.x(): n * 42}(+y)[f"😀"[z]()]
            a = [42 & False, Rb'tab\t'(*x, k)[ñ], *(0x1f)(0o7)(z, café, ñ=data).y][0x1f and data:'''(x!r)'''[k][:café](self='''😀''', **(1_000))]
(result, *b) = __dunder__ = y >> x and 3.14 % z and -y and ()[total, data]  # trailing
@n.append
@[0, c][0o7](*j).y
async def c(q):
    items.real = (0o7 / z) ** (x | 1e10)
match x / 0b101 if +1 else (total := 3.14).y.items:
    case a.b if (.5).append.__class__:
   
        from ..m import (a, b as c)
        while (1e10)(('''''' """(x)""" "tab\t" + u'''(())''' f"""100%""" 'a b c')):
            data: k[:_] = +i @ Rb"""it is"""[False, count].get[_]
   
            raise z @ self from [a][b"\n"](**0x1f)
    case 2j if a or a or value or __dunder__:
        match (c | f"""""") ** z(.5)():
            case []:
                i = f'{x!r}' f'100%' % items and self / z and z // r"""(x:>(w))""" and x(1, 1)(count, __dunder__=0x1f, **u'''\\''')
            case _:
                (result := 0b101).name.x(f"""\n""", b) << (lambda e, /: 1_000) or (0o7 if None else 3.14) @ (lambda b, q: obj) or items % F"""{a[0]}""" | (10.)
        if (not obj) - {}:
            pass
            self = items(value) if (3.14)().y[:] else result ** j
            a["""\\""" != x == 0b101 != ñ] == (lambda d=0x1f > 3.14, e=total[z], *p: ñ == value)
        elif k() or 0 is not value != F"""it is""" is 0o7 or 0b101 in True or __dunder__ >= '''(x!r)''' <= j: y = (0o7).keys
        else:
            j.keys
            c = +b(b, *__dunder__, obj=3.14)[rb'text'::]
    case (({'k': None, **rest}) as whole):
        match ~(i or obj or "é"):
            case [] if Rb"""(a[0])""" | ñ: a = j[result ** 1_000, (10.)(*3.14, **..., café=0x1f)().y]
            case [{}, int([], y=b'x')]: lambda *c, s: (0b101)(count, n=(0))[1e10:42:0b101](result) @ False[ñ]
            case _: count = rb'(y=)' b""":)""" - Rb"""e""" not in (0)[k] <= (1 >= a is not .5 not in 10.)
        if +(y >> c):
            del count.get, count
            # comment
	
            result: """text""" ** __dunder__ = ñ
        elif b(items, **b'\n', count=ñ)(0b101, **__dunder__)(value, 1e10, k=0b101) > (10. != a >= x):
            b, j, j = not (ñ(*1_000, y=a)[obj:](b))
            ~(result if total else .5) / ((n in j) or (lambda q, b, **s: '100%' F'{y=}' u'\n') or """\\""" "(x)")
        elif r"text" F"a b c" 'it is'()(False, z).name ^ ñ:
            pass
            global items, z, c
            _[(data,)[:total:](ñ)] = {b + _: 2j << 42 for z in 3.14 + F"\n" r"(x:>(w))" if True or c or ñ if f'{x!r}'.name}(*(b'''\n''' or rb'''(x)''' Rb'it is' Rb'''(a[0])''' or b"100%" or ñ), None if i else __dunder__)
        raise
    case _:

        def _(b=rb'(x:>(w))' or data or 10. or k, t=u"(a[0])" - k, d: 1e10 & '''é''' = value >> items):
            raise
            () == ((lambda s=False.name[f"""{x!r}"""][:count], c=n & 1_000, *a, t=~obj, b=0 << obj: b"""""") or (Rb"""e""" >> _)) <= (total << ... < result)
        # TODO: x
        def obj(t: (yield from obj) = not '''(())''', /, *, q):
            items >>= '(a[0])'[count, items] or (i or b"""(x)""" or "\\" F"""😀""" '''(())''' or n)
i.keys[not {**value, **c, b: b'(a[0])'}(*count, 1, count=ñ):~(not rb'it is'):]  # trailing
