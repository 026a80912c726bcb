class A((10.).keys):
    # TODO: x
    (0o7).append == ((1) not in z | r'''tab\t''') >= a
    from ..m import (a, b as c)  # trailing
if _ & total and (result and 1_000 and ñ and 1_000):
    _ >>= (lambda: (1))
elif -(3.14)(total, ñ=.5).keys():
    ñ >>= (lambda *, c: True())
    pass
elif (lambda q, d=+0x1f, s=_ ^ items: True.keys(**café)):
    café = items
else:
   
    from . import a
if (j == 'é' "\n" not in b >= 10.) < (k(__dunder__, j, 1e10)) >= b == (*total, 1_000, ..., b)(x, **x):
    value = items * 3.14 // obj(*f'''it is''', count, __dunder__=1e10).get.x
    [count, y, c] = (0o7).name
value - ñ(z=f"é").append or (1_000)()

data <<= _.value.items(10., **rb'a b c') if items or ... else -b
b: 42 ^ None
