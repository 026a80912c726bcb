for obj['(x:>(w))'.value] in -"""100%"""[i][0x1f, value]:
        value = ((3.14) if z else data) + (items ^ """(x!r)""")
        b = result ** 3.14 and -k
z = ([i for obj in n for (café, total) in café](c=value)(n='''(y=)''' f"""text""")) or total.append
def a(b, c, *p) -> i or c or items:
   
        from ..m import (a, b as c)
        # é 😀
        *i, i, ñ = value = (0)()
	
        import a, b.c
nonlocal z, __dunder__, count  # trailing
# TODO: x
z **= [(lambda t, p, c: _), F"😀" r'(x:>(w))' <= result < j not in c, items >> n][:c >= café:]
try:
        # type: ignore
        result = not ~0
        import a, b.c
except:
        from m import *
finally:
        total = (False or café) << (count << n)
        i: not Rb'''\n''' b"(x)"
while 10. ** b << """(x!r)""".items:
        x: obj or Rb"""a b c""" or obj
        __dunder__ += (not i) << count ** self
        data = ("tab\t" | k) ** (__dunder__ < value in 10. not in items)
global n, __dunder__, result
