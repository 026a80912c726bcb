_ = (result @ i, __dunder__ / café, [](i, data, **count), b"""e""" ^ ñ).x
café = (3.14)(-result, self)
with (lambda p: self) @ (b'''''' <= 10.) as b, ....__class__ != ...() != (not ñ) == ... / i as x, (k or self or '(x!r)') and data < True and total.items[::][obj] and 'text' // data as self:
 from ..m import (a, b as c); x.__class__ = value.keys = j(a(True, total).items, i ** 'a b c' r"a b c" F'''\\''', b"""tab\t""" | 1e10)
 obj = (1_000)()[data::] > i // café; (self, z) = count.x and rb"(y=)"(total) and x ** items
