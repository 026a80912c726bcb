@(1e10).get.__class__
@(*c, items, 2j, .5).append
async def c(*q, d, s, **t):
  c = u"""tab\t""" "(y=)"(-..., **~0o7, **('''''' or a or _ or i)).append.keys
(i, b, a) = café.name if +n else self
del a, obj
with (lambda d=not 0: i // café), not 42 * i:
  [i, j, n] = c[data if None else count] = F"""😀"""[:3.14 & 42]  # trailing
  k[{total: __dunder__}.__class__] = data.keys
match (1_000)[value](items, café=obj)() if (__dunder__ := 0o7).x() else items(0)(42, self, **Rb"e" rb"""(x:>(w))""" Rb'a b c')[n, '''é''']:
  case Point({**rest}, y=int(b'x', y={}), z=int(x, b'x', x=x, z=a.b)):
    result = True()[rb'tab\t' ^ café]
  case _: b: .5 ** k
