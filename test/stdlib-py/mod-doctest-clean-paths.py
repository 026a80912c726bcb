# doctest: where testfile()/DocFileSuite() look for a module-relative file (beside the
# package's __file__, in its __path__ directories, '/'-separated names), the errors for
# absolute paths, non-modules and modules without a location, and module names as strings.
import contextlib
import doctest
import io
import os
import tempfile
import types
import unittest

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'docs', 'sub'))
os.makedirs(os.path.join(root, 'second'))
with open(os.path.join(root, 'docs', 'sub', 'ok.txt'), 'w') as f:
    f.write('>>> 1 + 1\n2\n')
with open(os.path.join(root, 'second', 'bad.txt'), 'w') as f:
    f.write('>>> 1 + 1\n3\n')

with_file = types.ModuleType('with_file')
with_file.__file__ = os.path.join(root, 'docs', 'mod.py')
package = types.ModuleType('pkg')
package.__path__ = [os.path.join(root, 'docs'), os.path.join(root, 'second')]
nowhere = types.ModuleType('nowhere')

print(doctest.testfile('sub/ok.txt', package=with_file))
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    outcome = doctest.testfile('bad.txt', package=package, report=False)
print(outcome, captured.getvalue().replace(root, 'ROOT'))
print(doctest.testfile(os.path.join(root, 'docs', 'sub', 'ok.txt'), module_relative=False, name='absolute'))
for args, kw in ((('sub/ok.txt',), {'package': nowhere}), (('missing.txt',), {'package': package}),
                 (('/etc/x.txt',), {'package': with_file}), (('x.txt',), {'package': 'not.a.module'}),
                 (('x.txt',), {'package': 3}), (('x.txt',), {'package': with_file, 'module_relative': False})):
    try:
        doctest.testfile(*args, **kw)
    except (TypeError, ValueError, ModuleNotFoundError, FileNotFoundError) as e:
        print(type(e).__name__, str(e).replace(root, 'ROOT'))

suite = doctest.DocFileSuite('sub/ok.txt', package=with_file)
case = list(suite)[0]
print(case.id(), repr(case).replace(root, 'ROOT'), case.countTestCases())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful())
print(doctest.DocTestSuite('json.decoder').countTestCases() >= 0, doctest.DocTestSuite(doctest).countTestCases() >= 0)
try:
    doctest.DocTestSuite(42)
except TypeError as e:
    print('TypeError', e)
