# doctest: OutputChecker under each flag, the report texts (Expected/Got, the three diff
# styles), directives with REPORT_ONLY_FIRST_FAILURE/SKIP/FAIL_FAST, exception matching,
# summarize() and merge(), DebugRunner, DocTest/DocTestCase/DocFileCase reprs and messages,
# set_unittest_reportflags and script_from_examples.
import doctest
import io
import unittest

checker = doctest.OutputChecker()
flags = [0, doctest.DONT_ACCEPT_TRUE_FOR_1, doctest.DONT_ACCEPT_BLANKLINE, doctest.NORMALIZE_WHITESPACE,
         doctest.ELLIPSIS, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE]
pairs = [('True\n', '1\n'), ('1\n', 'True\n'), ('0\n', 'False\n'), ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n'),
         ('a\n<BLANKLINE>  \nb\n', 'a\n   \nb\n'), ('a  b\n c\n', 'a b c\n'), ('x...z\n', 'xyyyz\n'),
         ('a ... c\n', 'a   b   c\n'), ('...\n', 'anything\n'), ('caf\\xe9\n', 'café\n'), ('', '\n'),
         ('a...b...c\n', 'abc\n'), ('a...a\n', 'a\n')]
for want, got in pairs:
    print(repr(want), repr(got), [checker.check_output(want, got, f) for f in flags])


def example(want, source='f()\n'):
    return doctest.Example(source, want)


long_want, long_got = 'one\ntwo\nthree\nfour\n', 'one\n2\nthree\nfour\n\n'
for f in (0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
          doctest.REPORT_UDIFF | doctest.REPORT_NDIFF, doctest.REPORT_CDIFF | doctest.DONT_ACCEPT_BLANKLINE):
    print(f, checker.output_difference(example(long_want), long_got, f), end='|\n')
for want, got in (('a\n', ''), ('', 'b\n'), ('', ''), ('x\n', 'y\n')):
    print(checker.output_difference(example(want), got, doctest.REPORT_UDIFF), end='|\n')

text = '''
>>> print(1)
2
>>> print(3)  # doctest: +SKIP
4
>>> print(5)
6
>>> print('x')  # doctest: -REPORT_ONLY_FIRST_FAILURE
y
>>> print(7)
8
>>> raise ValueError('bad thing')
Traceback (most recent call last):
    ...
ValueError: other thing
>>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
    ...
builtins.KeyError: 'different'
>>> 1 / 0
>>> print(9)
9
'''
parser = doctest.DocTestParser()
for f in (0, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST, doctest.REPORT_ONLY_FIRST_FAILURE | doctest.SKIP):
    test = parser.get_doctest(text, {}, 'sample', None, 0)
    runner = doctest.DocTestRunner(verbose=False, optionflags=f)
    out = io.StringIO()
    print('flags', f, runner.run(test, out=out.write), runner.optionflags == f)
    print('\n'.join(line for line in out.getvalue().splitlines() if 'doctest.py"' not in line))

runner = doctest.DocTestRunner(verbose=False)
runner.optionflags = doctest.ELLIPSIS       # changed after construction: used by run()
print(runner.run(parser.get_doctest('>>> print("abc")\na...\n', {}, 'late', 'f.txt', 4), out=print))
other = doctest.DocTestRunner(verbose=True)
for name, src in (('a', '>>> 1\n1\n'), ('b', '>>> 1\n2\n'), ('c', 'no examples'), ('a', '>>> 2\n3\n')):
    other.run(parser.get_doctest(src, {}, name, 'x.txt', 0), out=lambda s: None)
print(other.summarize(verbose=True), other.failures, other.tries)
runner.merge(other)
print(runner.summarize(verbose=False), runner.summarize(verbose=True))

debug = doctest.DebugRunner(verbose=False)
for src in ('>>> 1\n2\n', '>>> [][0]\n'):
    test = parser.get_doctest(src, {'k': 1}, 'dbg', 'd.py', 10)
    try:
        debug.run(test)
    except doctest.DocTestFailure as e:
        print('DocTestFailure', str(e), repr(e.got), e.example.want, e.test is test, sorted(test.globs))
    except doctest.UnexpectedException as e:
        print('UnexpectedException', str(e), e.exc_info[0].__name__, sorted(e.test.globs))

t = parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'g': 1}, 'pkg.mod.func', 'mod.py', 7)
print(repr(t), repr(parser.get_doctest('', {}, 'e', None, None)), repr(parser.get_doctest('>>> 1\n1\n', {}, 'o', 'f', 0)))
print(t == parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'g': 1}, 'pkg.mod.func', 'mod.py', 7), t == 1, t.globs)
try:
    doctest.DocTest('>>> 1', {}, 'n', 'f', 0, '')
except AssertionError as e:
    print('AssertionError', e)
e1, e2 = doctest.Example('x', 'y'), doctest.Example('x\n', 'y\n')
print(e1 == e2, hash(e1) == hash(e2), e1 == doctest.Example('x', 'y', options={1: True}), e1.exc_msg)

case = doctest.DocTestCase(parser.get_doctest('>>> 1\n2\n', {}, 'pkg.mod.func', 'mod.py', 3))
print(repr(case), str(case), case.id(), case.shortDescription())
print(case.format_failure('REPORT'))
result = unittest.TestResult()
case.run(result)
print(len(result.failures), result.failures[0][1].splitlines()[-12:])
print(doctest.set_unittest_reportflags(doctest.REPORT_NDIFF), doctest.set_unittest_reportflags(0))
for bad in (doctest.ELLIPSIS, doctest.REPORT_NDIFF | doctest.SKIP):
    try:
        doctest.set_unittest_reportflags(bad)
    except ValueError as e:
        print('ValueError', e.args)
fcase = doctest.DocFileCase(parser.get_doctest('>>> 1\n1\n', {}, 'notes.v1.txt', '/tmp/notes.v1.txt', 0))
print(repr(fcase), fcase.id(), fcase.format_failure('R'))
print(repr(doctest.DocTestCase(parser.get_doctest('>>> 1\n1\n', {}, 'plain', 'p.py', 0))))
print(doctest.script_from_examples('Intro\n\n>>> x = [1,\n...      2]\n>>> x\n[1, 2]\n\nOutro\n  \n'))
