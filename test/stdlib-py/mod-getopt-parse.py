# getopt: getopt and gnu_getopt results and GetoptError messages.
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)
cases = [
    (['-a', '-b', 'val', '-cfoo', 'file1', 'file2'], 'ab:c:', []),
    (['-abval', 'x'], 'ab:', []),
    (['--verbose', '--output=out.txt', '--name', 'n', 'rest'], 'v', ['verbose', 'output=', 'name=']),
    (['--verb', '--out', 'o'], '', ['verbose', 'output=']),
    (['-a', '--', '-b'], 'ab', []),
    (['-a', '-', '-b'], 'ab', []),
    (['x', '-a'], 'a', []),
    (['-z'], 'a', []),
    (['-b'], 'ab:', []),
    (['--bogus'], '', ['verbose']),
    (['--output'], '', ['output=']),
    (['--verbose=1'], '', ['verbose']),
    (['--ver'], '', ['verbose', 'version']),
    (['--version'], '', ['verbose', 'version', 'version=']),
    (['--x'], '', 'x'),
]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn.__name__, args, '->', fn(args, short, long))
        except getopt.GetoptError as e:
            print(fn.__name__, args, '-> GetoptError', repr(str(e)), repr(e.msg), repr(e.opt), e.args)

print(getopt.gnu_getopt(['a', '-v', 'b', '--', '-c'], 'vc'))
print(getopt.gnu_getopt(['a', '-v', 'b'], '+v'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['a', '-v', 'b'], 'v'))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
getopt.getopt(['-q'], 'a')
