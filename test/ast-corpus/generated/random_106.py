i /= ~b[café::][items]
@{n: 1e10}
@c(n, value=items, z=f"""tab\t""")()[x]
def b(e=0 == c, c=(lambda a, **e: total), a: (1_000) = j >> obj, *s, d=1e10 or 0 or i, b):
        if '100%'(i.name, *(3.14 if 1_000 else ñ), 1_000 + obj):
                +j
        else:
                assert i[+u'''text'''], "\\" @ 0o7
        class C(items ** u'(y=)'):
                j = y.items % (items or obj or 1_000 or value)
        async def result(a: items):
                i = (0o7)
with ((total(*(0x1f and 2j), u'''\n'''.keys))):
        y = ((False ^ None) % (result % F"""\n""")); from m import *
        obj = (n, a) and (a and .5 and 0) and a not in __dunder__ < .5 >= items
