def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)

class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec): return f"P[{spec}]"
class Q:
    def __init__(self): self.a = [1, {"k": "v"}]
p = P(3)
q = Q()
for e in [
    "'{} {}'.format(1, 2)", "'{1} {0} {1}'.format('a', 'b')", "'{x} {y}'.format(x=1, y=2)", "'{0.x} {0!r} {0!s} {0!a}'.format(p)",
    "'{0.a[0]} {0.a[1][k]}'.format(q)", "'{:>10}|{:<10}|{:^10}'.format('a', 'b', 'c')", "'{:*^11}'.format('mid')", "'{:+d} {: d} {:-d}'.format(5, 5, -5)",
    "'{:08.3f} {:e} {:E} {:g} {:G} {:%}'.format(3.14159, 12345.678, 0.000123, 1e20, 1e-5, 0.25)", "'{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:c}'.format(255, 255, 8, 5, 255, 8, 5, 65)",
    "'{:,} {:_} {:,.2f} {:_x}'.format(1234567, 1234567, 1234567.891, 0xffffffff)", "'{:n}'.format(1234567)", "'{!r:>10}'.format('a')",
    "'{:{w}.{p}f}'.format(3.14159, w=10, p=2)", "'{0:{1}}'.format('x', 5)", "'{{}} {{{}}}'.format(1)", "'{}'.format(p)", "'{:abc}'.format(p)",
    "'{}'.format()", "'{0} {}'.format(1, 2)", "'{} {0}'.format(1, 2)", "'{x}'.format()", "'{0[1]}'.format([1])", "'{0.zz}'.format(1)", "'{'.format()",
    "'}'.format()", "'{!x}'.format(1)", "'{:d}'.format('a')", "'{:s}'.format(1)", "'{:=10}'.format('a')", "'{:,s}'.format('a')", "'{:.2d}'.format(1)",
    "'{:z}'.format(1.5)", "'{:c}'.format(-1)", "'{0:x}'.format(1.5)", "'{:>{}}'.format('a', 5)", "'{:10}'.format(1.5)", "'{:10}'.format(True)", "'{:d}'.format(True)",
    "'{:.3}'.format('abcdef')", "'{:.0f} {:.0f} {:.0f} {:.0f}'.format(0.5, 1.5, 2.5, -0.5)", "'{:g} {:g} {:g} {:g}'.format(100000, 1000000, 1e-4, 1e-5)",
    "'{:.2g} {:#g} {:#.3g}'.format(123.456, 1.0, 1)", "'{:,d}'.format(-1234)", "'{:=+8d}'.format(42)", "'{:0=8d}'.format(-42)", "'{:08,d}'.format(1234)",
    "'{:x<5d}'.format(3)", "'{0[a]}'.format({'a': 1})", "'{0[0]}'.format('xyz')", "'{a.real}'.format(a=3)", "'{:}'.format(None)", "'{:5}'.format(None)",
    "format(3.5)", "format(3.5, '')", "format(1e100)", "format(1, '')", "format('s', '>3')", "format([1], '')", "format([1], 'x')", "format(None, 'x')", "format(p, 'q')",
    "format(1+2j)", "format(1+2j, '.2f')", "format(1+2j, '>20')", "format(-0.0)", "format(float('nan'), '+')", "format(float('inf'), '08')", "format(2**70, ',')",
    "'%s %r %d %i %u %f %e %g %x %X %o %c %%' % ('s', 'r', 1, 2, 3, 1.5, 1.5, 1.5, 255, 255, 8, 'c')", "'%(a)s %(b)d' % {'a': 1, 'b': 2}", "'%5s|%-5s|%05d|%+d|% d' % ('a', 'b', 42, 5, 5)",
    "'%.2f %10.3f %-10.1e|' % (1.2345, 2.5, 12345.0)", "'%*d %-*d|' % (5, 1, 4, 2)", "'%.*f' % (2, 3.14159)", "'%s' % (1,)", "'%s' % [1, 2]", "'%s %s' % (1,)", "'%s' % (1, 2)",
    "'%d' % 1.9", "'%d' % '1'", "'%x' % 1.5", "'%c' % 'ab'", "'%c' % 1114112", "'%z' % 1", "'%' % ()", "'%(a)s' % 1", "'%(a)s %s' % {'a': 1}", "'%#x %#o %#X' % (255, 8, 255)",
    "'%r' % p", "'%s' % p", "'%a' % 'é'", "'%5.1s|' % 'abc'", "'%i' % True", "'%s' % None", "'%d%%' % 50", "'%.3s' % 'abcdef'", "'%e' % 0", "'%g' % 1e-10", "'%G' % 1e20",
    "'%d' % 2**70", "'%x' % -255", "'%o' % -8", "'%f' % float('inf')", "'%05.1f' % -2.5", "'%-8.3f|' % 3.14159",
    "f'{1+1}'", "f'{p}'", "f'{p!r}'", "f'{p:spec}'", "f'{3.14159:.2f}'", "f'{\"a\":>5}'", "f'{10:#b}'", "f'{1e6:,.0f}'", "f'{[1,2]}'",
]:
    ev(e)
x, width, prec = 3.14159, 10, 3
print(f"{x:{width}.{prec}}|{x=}|{x = :.2f}|{x!r:>12}|{'nested {}'.format(1)}|{'{'}|{{lit}}")
name = "World"
print(f"Hello, {name}!", f"{name!r}", f"{name.upper()}", f"{len(name)}", f"{name[1:3]}", f"{ {'a': 1}['a'] }")
print(f"{'multi'}" f"{'part'}", F"{1}", rf"\n{1}", f"{1:{'>'}{5}}")
import math
print(f"{math.pi:.10f}", f"{-0.0:+}", f"{1/3:.20f}", f"{2**0.5:e}", f"{123456789:_}", f"{0.1+0.2}", f"{1e-7}", f"{1e16}", f"{123456789012345678.0}")
