
class Obj(z.get.value[y:2j:value], False):
        # TODO: x
        from m import *
        b = None(**__dunder__.value.name)[::....real]
        # comment
        assert (f'''\\''' @ obj) ** (ñ // n)
assert not a.name
@(42)()
def c(b: u'100%' if 2j else '''(x!r)''', t: "(x)" f'''text''' / data, p: result - y, /, *a):
        items ^= (10.)[ñ:_:] if """it is""" u"(a[0])".name[café].__class__ else 0x1f == self >= café in y
{j ** x | ...[result, b]: (b and 3.14) % (1_000 ** r"""é""" r'tab\t' f'''100%''') for (c, z) in '''é''' >> (_ < count >= c > obj) if (~j) ** (*0x1f, 1e10)[True] for k, i in ~ñ | (_ not in u"text" f"\\" F'''a b c''' == z > 10.)}()
match (lambda: b"(y=)" % items):
        case {a.b: {1: a.b, None: True, **rest}}: assert y()[items if value else z, n if c else value]
        case _:
                a.append = data.name = self << False << ('\n' r'tab\t' r'''😀''' == y)
pass
# é 😀
z(**c()[0o7][b'(x!r)', 0b101] >> (0o7 is 2j is 1 is self), **((0o7) != 2j in x) * (1e10 or a))
i: 0o7 ** True = not True.value[a]
	
{(lambda d, b: 42 ** _)}[:(42 if _ else c) ** 3.14 ** obj:x[i:] if value and self and __dunder__ else x if y else x]
((0) << k) // (items or i) in True <= (self(data)(café, i=r"(x!r)")[obj, 0o7] and count * "(y=)" and ñ | 3.14 and obj) > count.real("""100%""" in 0)
