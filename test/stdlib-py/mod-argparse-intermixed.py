# argparse: parse_intermixed_args and parse_known_intermixed_args (options between positionals).
import argparse, io, sys
def attempt(p, a):
    e = io.StringIO(); se = sys.stderr; sys.stderr = e
    try:
        r = p.parse_intermixed_args(a)
    except SystemExit as x:
        r = 'exit %s' % x.code
    except TypeError as x:
        r = 'TypeError %s' % x
    finally:
        sys.stderr = se
    print(a, '->', r, e.getvalue())
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo'); p.add_argument('cmd'); p.add_argument('rest', nargs='*', type=int)
for a in [['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x', 'c'], ['c', '1', 'x'], [], ['c', '--foo']]:
    attempt(p, a)
q = argparse.ArgumentParser(prog='q')
q.add_argument('a', nargs='?'); q.add_argument('-x', action='store_true'); q.add_argument('b', nargs='+')
for a in [['1', '-x', '2', '3'], ['-x', '1'], ['1', '2', '-x']]:
    attempt(q, a)
r = argparse.ArgumentParser(prog='r')
r.add_argument('x', nargs=argparse.REMAINDER)
attempt(r, ['a'])
s = argparse.ArgumentParser(prog='s')
g = s.add_mutually_exclusive_group(required=True); g.add_argument('--a'); g.add_argument('--b')
s.add_argument('pos', nargs='*')
for a in [['1', '--a', 'x', '2'], ['1']]:
    attempt(s, a)
print(s.parse_known_intermixed_args(['1', '--a', 'x', '--zz', '2']))
