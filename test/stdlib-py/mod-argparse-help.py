# argparse: usage and help text, wrapped to $COLUMNS - 2 as in CPython 3.11.
import argparse
import os
import sys

sys.argv[0] = '/some/dir/prog.py'


def show(parser, width='80'):
    os.environ['COLUMNS'] = width
    print('=== COLUMNS', width)
    print(parser.format_usage(), end='')
    print('---')
    print(parser.format_help(), end='')


p = argparse.ArgumentParser(
    description='Process some integers. This description is long enough that it has to be '
                'wrapped over several lines of the help text.',
    epilog='Written for a test of %(prog)s.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-o', '--output-file-with-a-long-name', metavar='FILE', help='where to write the result')
p.add_argument('--mode', choices=['fast', 'slow', 'medium'], default='fast',
               help='one of %(choices)s; default %(default)s; type %(type)s')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--blank', help='   ')
p.add_argument('-v', '--version', action='version', version='%(prog)s 2.0')
show(p)
show(p, '40')
show(p, '200')

# argument groups with descriptions, mutually exclusive groups in the usage
p2 = argparse.ArgumentParser(prog='groups')
g1 = p2.add_argument_group('input', 'Options that choose the input.')
g1.add_argument('--file', help='read from FILE')
g1.add_argument('--url', help='read from URL')
g2 = p2.add_argument_group('output')
mx = g2.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='JSON output')
mx.add_argument('--csv', action='store_true', help='CSV output')
mx.add_argument('--table', action='store_true', help='a table')
rq = p2.add_mutually_exclusive_group(required=True)
rq.add_argument('-a', action='store_true')
rq.add_argument('-b', nargs='?')
p2.add_argument('paths', nargs='*')
p2.add_argument('extra', nargs='?')
show(p2)

# a program name too long for the usage line to hold its continuation
p3 = argparse.ArgumentParser(prog='a-very-long-program-name-that-takes-up-most-of-the-line-x')
for i in range(6):
    p3.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
p3.add_argument('first_positional')
p3.add_argument('second_positional', nargs=3)
show(p3)

# formatter classes
text = '''First line
    indented line

Second   paragraph  with   spaces.'''
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    p4 = argparse.ArgumentParser(prog='fmt', description=text, formatter_class=cls)
    p4.add_argument('--n', type=int, default=3, help='a number\n  on two lines')
    p4.add_argument('--s', type=str, default='x')
    p4.add_argument('pos', type=float, nargs='?', default=1.5, help='a float')
    p4.add_argument('--flag', action='store_true', help='a flag')
    show(p4)

# no help option, a custom usage, add_help=False, prefix chars, BooleanOptionalAction
p5 = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] thing', add_help=False)
p5.add_argument('thing')
p5.add_argument('--cache', action=argparse.BooleanOptionalAction, default=False, help='use the cache')
show(p5)
p6 = argparse.ArgumentParser(prog='plus', prefix_chars='+')
p6.add_argument('+f', '++foo', help='foo it')
show(p6)
p7 = argparse.ArgumentParser(prog='empty', add_help=False)
show(p7)

# metavar tuples, nargs variants in usage
p8 = argparse.ArgumentParser(prog='meta')
p8.add_argument('--point', nargs=2, metavar=('X', 'Y'), help='a point')
p8.add_argument('--star', nargs='*')
p8.add_argument('--plus', nargs='+', metavar='P')
p8.add_argument('--opt', nargs='?', const=1)
p8.add_argument('--star2', nargs='*', metavar=('A', 'B'))
p8.add_argument('rest', nargs=argparse.REMAINDER)
show(p8)

# -h prints the help to stdout and exits 0
try:
    p2.parse_args(['-h'])
except SystemExit as e:
    print('exit', e.code)
print(repr(p2))
print(repr(p2._actions[1]))
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8'))
