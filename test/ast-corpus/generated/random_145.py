-(lambda s, a, e, /: 0) @ (1e10)[~z]
(F'text' + items) @ total[x].real if b else {not 1_000}[c ** _](result + c)([y, 0x1f, b, *c][10., k]("""(y=)""", 1)(False), F'''{x:>{w}}''' u"(x:>(w))".keys, i=count[3.14][j].x)
# type: ignore
def _(e: 0 & i = 10. | a, a: (0b101).append[y::"""100%""" 'text'] = count * r"it is"):
  yield (lambda s=obj or n or self, d=.5 | ...: total(result).keys(z))
_ = (b"""(x!r)"""[()[x]:__dunder__ ** items]); total[1 ** café] = (.5)['''(x!r)''', __dunder__] @ f'{x}'[k][x][__dunder__]
(("(x!r)"(z) >> (not 0x1f)) + {}(~data, y=n ** result, _=value not in __dunder__ > total == a))
a += +(items % total)
class Items():
  _ = café.y = True(f"a b c"[42], (0o7).items.keys(a=value), ... % 1)
from ..m import (a, b as c)
while _:
  j = obj = u"a b c" '😀' """(y=)""" - (0).real.keys[i:data:2j]
	
  assert x ** 10. << (0 if data else y), rb'(y=)' ** data
