with ñ.append, False(z + c, (42)[rb'(x:>(w))', False][:]) as _.name, data[result][items].keys is False is F"""\\""" & F"é" is not café(ñ).get.real:
    assert (True or ... or .5 or 0x1f) <= (not self) in .5 - z <= i @ j, self % 0b101

    True[not _(__dunder__, a, b=total)[.5, 42]:k(result.real[:0b101][items])(*{.5: z for c in y}(0o7, b), **(b or 1_000))():].y(b((0x1f)(), _ @ items, ñ(café, y=café)), -(j if 42 else b'''text'''))
del [data, k, count]
b = +.5 % (total + __dunder__)
try:
    __dunder__ = False / (result % 10.)
    from m import *
    __dunder__ = """100%""".items(not 0b101)
except Exception as err:
    ~(f'''{x!r}''' + ñ) if a[-i](x ^ 0x1f) else ({}.real.y)
    pass
k /= {data & r"""\\""" 'text': k(self, a=42, _=self)[1, False], b"""(())""" ^ ñ: obj in 1 > __dunder__}.real[(10.)]
value = +(n != ñ is not '100%')
ñ[(0o7)(items.keys[café:Rb"(())"](z), self=0 | obj, **+"""(())""")(i if i else 0b101, total=a > 1 < __dunder__, **value - 1_000).items]
if -("""100%""" F"""{x}""" """(x)""" / 2j):
    items *= b.__class__
    x /= a | c and café ** ñ and __dunder__ == count < café < value and (n if "\n" else 10.)
    café &= n & café and "😀" f"""\n""" '😀' % __dunder__ and b''':)'''.items and items % _
elif __dunder__.append[0b101] & k(items, self, _)(b, value=z): obj.get = z = ([count <= n, *a, ](data))
elif [+k](*(j if k else rb'''text'''), ñ * k):
    # type: ignore
    count = F"\\" ** (i not in c >= j)
else:
    y = {}; assert {self[:a]}(*b'''\n''' / __dunder__, rb"""(x!r)"""(count, _, **total), '''''' """it is""" ** obj)()
    obj = (not u"""(x!r)""",)[+self].real
x **= (.5 > y < c > ...) ** (lambda *t: b"""100%""")
@().__class__
def _(q, b: n is not 0 == a in i = not 1e10, e=.5 < result >= 10. in result): import os.path as p
