del c, ñ
if ~(_ if total else value):
 b = i[F"""{y=}"""] + result // self
else:
 i = (1)(); import a, b.c
from ..m import (a, b as c)
b @ 1e10 > ~0b101 != a not in (not count) and café.real[(lambda q, /, *b: 42)] and ~2j ** obj and rb'''(x:>(w))'''[rb"""e""".append.items.real, (.5)[True]]
while x[x].real and __dunder__ // obj:
 y = ñ()
