# A comment on the first line
import os, sys
from threading import Thread as T

def f(a, b=1, *args, c: int = 2, **kw) -> None:
    """Docstring
    spanning lines."""
    if a and not b or a is not None:
        return a
    elif (a,
          b):   # comment in brackets

        pass
    else:
        x = [1, 2,
    3]
        y = {'k': (1,
  2)}
    return lambda q: q ** 2


class C(object):
    @property
    def p(self): return self._p

    async def g(self):
        await h()
        async for i in j:
            yield i
        async with k as m:
            nonlocal_ = 1

def ops():
    a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a @= b
    a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
    b = a + b - c * d / e // f % g ** h @ i
    b = a & b | c ^ ~d << 1 >> 2
    b = a < b > c <= d >= e == f != g
    c = a if b else c
    d = x[1:2, ::3, ...]
    e = (y := 10)
    f = a.b.c
    del a, b
    assert x, "msg"
    global gg
    raise E from None
    try:
        pass
    except (E, F) as e:
        pass
    finally:
        pass
    while True:
        break
        continue
    with open(p) as fh, open(q):
        pass
    match command:
        case [x, y, *rest]:
            pass
        case {"a": 1, **rest}:
            pass
        case _:
            pass
    return x->y if False else True
