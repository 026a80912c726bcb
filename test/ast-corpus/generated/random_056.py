del y
	
def ñ():
 if [].items:
  _ >>= (lambda a, e=k / self, c=j << 1, *, p: {}(café, u'''(a[0])'''))
  [value, _, total] = (yield b())
  return
 elif None @ __dunder__ and __dunder__ and 1_000 >> i:
  y: 0x1f not in j == result
  return
  j.x = {**obj, items: x} is café % n; assert not ~0x1f, ...[total](*rb""":)""")[0, 1_000]
 elif 1 * café | (not k):
  x = yield  # trailing
  nonlocal café, n
 else:
  n.name = (yield)
# é 😀
lambda t, s, **d: '(x)' * data is not {True: 0 for (self, data) in a} > (3.14)[k](False, b=x)() != x; from ..m import (a, b as c)
café //= x(...)(*False, b, 10.)[data::] << (42)(data)
__dunder__ = {b"""""": +café for n in a != data != café < u'\n' if {café: u'(())', self: items, 1_000: b}(value, *F"\\")}.value; from . import a

def obj(t: (yield) = (-42), p=0x1f >> .5, c={café: count, '''\\''': a, value: self}().keys('(a[0])', F'''{{}}''', y), *b: (2j), s, e=b"e" is not obj is not _):
	
 n ^= n()(not y, *(_ > a < i), (yield obj))(b + __dunder__)
# TODO: x
async def a(q=rb'text' + items, d=u'''😀''' if 0 else a, **a):
 if [items](1, *a, value)[b, False] @ (.5 or count or data):
  raise
  """(x!r)""".name.__class__ << await True
  {"(())" '''\n'''.__class__(*i).get: (42).x.name, 2j and 2j and 42: +café}(self.append, **(j == _))().y >> (2j)(*(not total))
 else:
  b = café(+j).__class__
  x = yield
  # é 😀
  pass
