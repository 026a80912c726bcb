# argparse: parsing results for the common actions, nargs, defaults, types and errors.
import argparse
import io
import os
import sys

os.environ["COLUMNS"] = "80"


def attempt(parser, args):
    """Parse and print the Namespace, or the error text and exit status."""
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code)
        print(buf.getvalue(), end='')
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='tool')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('-r', '--ratio', type=float)
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--level', choices=['low', 'mid', 'high'], default='mid')
p.add_argument('-I', '--include', action='append', default=[])
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--feature', action='append_const', dest='features', const='f')
p.add_argument('--extra', action='extend', nargs='+', type=int)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')

for args in [
    ['in.txt'],
    ['in.txt', 'o.txt', '-n', '5', '-vvv'],
    ['-n5', '--ratio=0.5', 'a'],
    ['a', '-qv', '--no-color', '--level', 'high'],
    ['a', '-I', 'x', '-Iy', '--include=z'],
    ['a', '--const', '--feature', '--feature'],
    ['a', '--extra', '1', '2', '--extra', '3'],
    ['a', '--pair', 'k', 'v'],
    ['a', '--opt'],
    ['a', '--opt', 'given'],
    ['a', '--cou', '7'],
    ['--', '-a'],
    ['a', '--', 'b'],
    [],
    ['a', '-n', 'x'],
    ['a', '--ratio', 'abc'],
    ['a', '--level', 'extreme'],
    ['a', 'b', 'c'],
    ['a', '--pair', 'k'],
    ['a', '-n'],
    ['a', '--unknown'],
    ['a', '--c'],
    ['a', '-q=1'],
]:
    attempt(p, args)

# nargs variants for positionals
p2 = argparse.ArgumentParser(prog='nargs')
p2.add_argument('first', nargs=2)
p2.add_argument('middle', nargs='*')
p2.add_argument('last')
for args in [['1', '2', '3'], ['1', '2', '3', '4', '5'], ['1', '2'], ['1']]:
    attempt(p2, args)

p3 = argparse.ArgumentParser(prog='plus')
p3.add_argument('items', nargs='+', type=int)
p3.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max)
for args in [['1', '2', '3'], ['1', '--sum', '4'], [], ['1', 'x']]:
    try:
        ns = p3.parse_args(args)
        print(args, ns.items, ns.accumulate(ns.items))
    except SystemExit as e:
        print('exit', e.code)

# REMAINDER and negative numbers
p4 = argparse.ArgumentParser(prog='run')
p4.add_argument('-x', type=int)
p4.add_argument('cmd')
p4.add_argument('rest', nargs=argparse.REMAINDER)
attempt(p4, ['-x', '-3', 'ls', '-l', '--all', 'dir'])
attempt(p4, ['prog'])

p5 = argparse.ArgumentParser(prog='neg')
p5.add_argument('value', type=float)
attempt(p5, ['-2.5'])
attempt(p5, ['-.5'])
p6 = argparse.ArgumentParser(prog='neg2')
p6.add_argument('-1', dest='one', action='store_true')
p6.add_argument('value', nargs='?')
attempt(p6, ['-1'])
attempt(p6, ['-2'])

# defaults: set_defaults, get_default, string defaults go through type
p7 = argparse.ArgumentParser(prog='defs')
p7.add_argument('--size', type=int, default='10')
p7.add_argument('--name', default=argparse.SUPPRESS)
p7.set_defaults(func='handler', size=20)
print(p7.parse_args([]), p7.get_default('size'), p7.get_default('func'))
p7.set_defaults(size='30')
print(p7.parse_args([]))
print(p7.parse_args(['--name', 'n']))

# required options, required mutually exclusive groups
p8 = argparse.ArgumentParser(prog='req')
p8.add_argument('--user', required=True)
g = p8.add_mutually_exclusive_group(required=True)
g.add_argument('--add', action='store_true')
g.add_argument('--remove', action='store_true')
attempt(p8, ['--add'])
attempt(p8, ['--user', 'u'])
attempt(p8, ['--user', 'u', '--add', '--remove'])
attempt(p8, ['--user', 'u', '--remove'])

# BooleanOptionalAction
p9 = argparse.ArgumentParser(prog='bool')
p9.add_argument('--cache', action=argparse.BooleanOptionalAction, default=True)
attempt(p9, [])
attempt(p9, ['--no-cache'])
attempt(p9, ['--cache'])

# ArgumentTypeError from a type function; a type that is a lambda
def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

p10 = argparse.ArgumentParser(prog='types')
p10.add_argument('n', type=even)
p10.add_argument('--f', type=lambda s: s.upper())
attempt(p10, ['4', '--f', 'abc'])
attempt(p10, ['3'])
attempt(p10, ['x'])

# prefix_chars, allow_abbrev=False, exit_on_error=False
p11 = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p11.add_argument('+x', action='store_true')
p11.add_argument('--long')
attempt(p11, ['+x', '--long', 'v'])
p12 = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p12.add_argument('--verbose', action='store_true')
attempt(p12, ['--verb'])
p13 = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p13.add_argument('--n', type=int)
try:
    p13.parse_args(['--n', 'z'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)

# Namespace
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), ns != argparse.Namespace(a=2), 'a' in ns)
setattr(ns, 'odd name', 3)
print(repr(ns), vars(ns))
print(argparse.Namespace())

# parse_known_args leaves what it does not know
print(p.parse_known_args(['a', '--zz', '-n', '2', 'extra1', 'extra2']) if False else
      argparse.ArgumentParser(prog='k').parse_known_args(['--zz', 'v', 'w']))
