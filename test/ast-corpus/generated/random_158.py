
c = 1 + '''(y=)''' + F"text" * total
b = result[(data | result)][(0b101).value(x, 10., **0o7)](ñ + count)
@self.name
async def c():
    self = __dunder__["it is", i].real << (result >= c <= None)
if (lambda q, t=1e10 is not self <= b, e=value(y, y=c)(x, café=value)(): café // a):
    __dunder__[not b] = ~(0x1f if _ else u'''\\''')

    -((3.14).append & result ** _); obj = {Rb'''\\''' Rb''':)''' if __dunder__ else 0: ñ ** 2j}[:total / r'tab\t'](y // data)[~...]
del y.value, y
try:
    y >>= café({}.value[n:], result=(1e10)[:count], **-data)
except: from ..m import (a, b as c)
