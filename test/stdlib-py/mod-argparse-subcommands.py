# argparse: sub-commands (add_subparsers / add_parser / set_defaults), parents, conflicts.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def attempt(parser, args):
    saved_out, saved_err = sys.stdout, sys.stderr
    sys.stdout = out = io.StringIO()
    sys.stderr = err = io.StringIO()
    try:
        result = parser.parse_args(args)
        code = None
    except SystemExit as e:
        result = None
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
    print(args, '->', result if code is None else 'exit %s' % code)
    if out.getvalue():
        print('[stdout]')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('[stderr]')
        print(err.getvalue(), end='')


def cmd_add(ns):
    return 'adding %s' % ns.name


def cmd_list(ns):
    return 'listing (all=%s)' % ns.all


p = argparse.ArgumentParser(prog='git-like', description='A tool with sub-commands.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='the command to run')
a = sub.add_parser('add', help='add a thing', aliases=['a'])
a.add_argument('name')
a.add_argument('-f', '--force', action='store_true')
a.set_defaults(func='cmd_add')
l = sub.add_parser('list', help='list things')
l.add_argument('--all', action='store_true')
l.set_defaults(func='cmd_list')
sub.add_parser('hidden')

for args in [['add', 'x'], ['a', 'y', '-f'], ['--debug', 'list', '--all'], [],
             ['remove'], ['add'], ['list', 'extra'], ['-h'], ['add', '-h'], ['list', '--bad']]:
    attempt(p, args)

ns = p.parse_args(['add', 'thing'])
print(globals()[ns.func](ns))
ns = p.parse_args(['list'])
print(globals()[ns.func](ns))

# required sub-command without dest; with title/description/metavar
q = argparse.ArgumentParser(prog='req')
qs = q.add_subparsers(required=True)
qs.add_parser('one')
qs.add_parser('two')
attempt(q, [])
attempt(q, ['three'])
attempt(q, ['one'])

r = argparse.ArgumentParser(prog='titled')
r.add_argument('target')
rs = r.add_subparsers(title='actions', description='What to do.', dest='action', metavar='ACTION')
rs.add_parser('start', help='start it')
rs.add_parser('stop', help='stop it')
attempt(r, ['-h'])
attempt(r, ['t', 'start'])
attempt(r, ['t', 'stop', '-h'])
try:
    r.add_subparsers()
except SystemExit as e:
    print('second add_subparsers: exit', e.code)

# parents
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini')
grp = base.add_argument_group('shared')
grp.add_argument('--shared-flag', action='store_true')
base.set_defaults(origin='base')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
attempt(child, ['x', '--shared-flag'])
attempt(child, ['-h'])

# conflicting options
c = argparse.ArgumentParser(prog='conf')
c.add_argument('-x', '--exec')
try:
    c.add_argument('-x')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    c.add_argument('-x', '--exec')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
cr = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
cr.add_argument('-x', '--exec', help='old')
cr.add_argument('-x', help='new')
attempt(cr, ['-h'])

# errors in definitions
for kwargs in [dict(nargs=0), dict(action='store', const=1), dict(action='nothing'),
               dict(type='int'), dict(type=argparse.FileType), dict(nargs=2, metavar=('A',)),
               dict(nargs='x')]:
    try:
        argparse.ArgumentParser(prog='d').add_argument('--z', **kwargs)
        print(kwargs, 'ok')
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
for args, kwargs in [(('x',), dict(required=True)), (('x',), dict(dest='y')), (('-',), {}),
                     (('a', 'b'), {})]:
    try:
        argparse.ArgumentParser(prog='d').add_argument(*args, **kwargs)
        print(args, 'ok')
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    argparse.ArgumentParser(prog='d', conflict_handler='x')
except ValueError as e:
    print(e)

# parse_intermixed_args
im = argparse.ArgumentParser(prog='mix')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
attempt(im, 'doit 1 --foo bar 2 3'.split())

# fromfile_prefix_chars
with open('argparse_args.tmp', 'w') as f:
    f.write('--foo\nfromfile\nX\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--foo')
ff.add_argument('pos')
print(ff.parse_args(['@argparse_args.tmp']))
os.remove('argparse_args.tmp')
attempt(ff, ['@argparse_missing.tmp'])

# FileType opening a file and '-'
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('out', type=argparse.FileType('w'))
ft.add_argument('--inp', type=argparse.FileType('r'), default='-')
ns = ft.parse_args(['argparse_out.tmp'])
print(ns.inp is sys.stdin, type(ns.out).__name__, ns.out.name)
ns.out.write('written\n')
ns.out.close()
print(open('argparse_out.tmp').read(), end='')
os.remove('argparse_out.tmp')
attempt(ft, ['/nonexistent-dir/x'])

# finally an uncaught error: usage and message on stderr, exit status 2
p.parse_args(['add', 'x', '--nope'])
