# operator: every function against its operator, dunder aliases, in-place forms, sequence helpers, methodcaller
import operator as op

print(op.__all__ == sorted(op.__all__), len(op.__all__))
dunders = sorted(n for n in dir(op) if n.startswith('__') and callable(getattr(op, n)))
print(dunders)
print(all(getattr(op, n) in (getattr(op, n[2:-2], None), getattr(op, n[2:-2] + '_', None))
          for n in dunders))
print([getattr(op, n).__name__ for n in ('invert', 'inv', '__invert__', 'and_', '__not__')])
for name in ('add', 'iadd', 'truth', 'index', 'concat', 'contains', 'setitem', 'call', 'countOf', 'indexOf', 'length_hint'):
    print(name, '|', getattr(op, name).__doc__.splitlines()[0])
a, b = 17, 5
print([f(a, b) for f in (op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow,
                         op.lshift, op.rshift, op.and_, op.or_, op.xor, op.lt, op.le, op.eq, op.ne, op.gt, op.ge)])
print([f(-a) for f in (op.abs, op.neg, op.pos, op.inv, op.invert, op.not_, op.truth, op.index)])
print(op.is_(None, None), op.is_not(1, None), op.truth([]), op.not_([]))
lst = [1, 2]
print(op.iadd(lst, [3]) is lst, lst, op.iconcat(lst, (4,)) is lst, op.imul(lst, 2) is lst, lst)
t = (1,)
print(op.iadd(t, (2,)), t, op.concat('ab', 'cd'), op.concat([1], [2]))
s = {1, 2}
print(op.ior(s, {3}) is s, op.iand(s, {1, 3}), op.ixor(s, {9}), op.isub(s, {9}), s)
n = 10
print(op.isub(n, 3), op.ifloordiv(n, 3), op.itruediv(n, 4), op.imod(n, 3), op.ipow(n, 2),
      op.ilshift(n, 1), op.irshift(n, 1), op.ixor(n, 3), op.ior(n, 5), op.iand(n, 6), n)


class Mat:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return Mat(self.v * o.v)
    def __repr__(self): return 'Mat(%d)' % self.v


print(op.matmul(Mat(2), Mat(3)), op.imatmul(Mat(4), Mat(5)))
d = {}
op.setitem(d, 'k', 1)
print(op.getitem(d, 'k'), op.contains(d, 'k'), op.delitem(d, 'k'), d)
print(op.getitem('hello', slice(1, 3)), op.countOf([1, 2, 1, 1.0], 1), op.indexOf('abcb', 'b'))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([3, nan], nan))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(7))), op.length_hint(x for x in ()), op.length_hint(object(), 4))


class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v


print(op.length_hint(Hint(NotImplemented), 9), op.length_hint(Hint(3)))
for args in ((Hint(-1),), (Hint('x'),), ([], 'x'), (1.5, )):
    try:
        print(op.length_hint(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f, args in ((op.countOf, (1, 2)), (op.indexOf, ([1], 2)), (op.concat, (1, 2)), (op.iconcat, (None, [])),
                (op.index, ('x',)), (op.index, (2.0,)), (op.add, (1, 'a')), (op.concat, ('a', 1)),
                (op.methodcaller, ()), (op.methodcaller, (1,))):
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class MyInt(int):
    pass


class Idx:
    def __index__(self): return MyInt(7)


print(type(op.index(Idx())).__name__, op.index(True), op.call(max, 3, 9, key=lambda v: -v))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m), m.__reduce__()[1])
m2 = op.methodcaller('center', 9, '*')
print(m2('hi'), repr(m2), m2.__reduce__())
print(op.methodcaller('format', self=1, name=2)('{self}-{name}'))


try:
    class Sub(op.methodcaller):
        pass
except TypeError as e:
    print('TypeError', e)
print(op.itemgetter(1)('xyz'), op.attrgetter('real')(3), repr(op.itemgetter(0, 1)))
