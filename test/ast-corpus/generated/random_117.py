b'''(())'''.value ** (~n or 0o7 & None or café | 0o7)
try:
        café.items
except Exception as err:
        not b'''tab\t'''
        _ >>= ~[data, b][j]().name
except a.b:
   
        result[c if x else y] = (k, total, count) = (café != r'😀') >> i // k
        self = (lambda e, q=obj + total, d=(b for j in obj for c, total in b)(total, a), /, *, s: z[z].real)
        obj = ...
else: result = None.items[x, items] & "(a[0])"[r"""(x:>(w))"""][obj][0x1f]
finally: data = (0b101)([Rb"""\\""" rb'(y=)', x](Rb""""""), not r"""tab\t""")[~obj].real
try: items = _[r'a b c', y][b'''\n'''](f"""{x:>{w}}""", x=0o7) << total * i
except a.b:
        match y(items=value().__class__, **42 ** items)(*total.real):
                case -1+2j if (42 for (j, a) in y if y if _)(10., 3.14): pass
                case []:
                        ñ: 0x1f - y = F'{x:>{w}}' F"""{a[0]}""" f'''😀'''[(3.14 // obj)].x(x(y, items=42), obj=...[False][b], items="""text"""[k])
                case _: j = ((__dunder__ or False) * items)
except (ValueError, TypeError) as err: obj = i(-total, j < '''(a[0])''' in y is not result)[c ** items:c // self:"""(a[0])"""(n)][(lambda a, d=_ or obj or j, t=True // count: "it is"), value % F'\\' F'{a[0]}' r"(y=)"]
