# unittest.TestResult used directly: buckets, failfast, buffering, traceback trimming, chained exceptions
import io
import sys
import unittest


def frames(text):
    """The frames of this program a stored traceback shows, and its last line."""
    lines = text.rstrip('\n').splitlines()
    own = [l.split(', in ')[1] for l in lines if l.startswith('  File') and 'result-record' in l]
    others = sum(1 for l in lines if l.startswith('  File') and 'result-record' not in l)
    return own, others, lines[-1]


class Oops(AssertionError):
    pass


def helper_raises():
    raise Oops('from a helper')


class Cases(unittest.TestCase):
    def test_pass(self):
        print('quiet output')

    def test_fail(self):
        print('shown because it failed')
        sys.stderr.write('on stderr, no newline')
        self.assertEqual(1, 2)

    def test_error(self):
        try:
            {}['missing']
        except KeyError as e:
            raise RuntimeError('wrapped') from e

    def test_subclass_failure(self):
        self.assertRaises(ValueError, helper_raises)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.fail('one')
                if i == 2:
                    1 / 0

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    @unittest.skip('not today')
    def test_skip(self):
        pass


names = ['test_pass', 'test_fail', 'test_error', 'test_subclass_failure', 'test_subtests',
         'test_expected', 'test_unexpected', 'test_skip']
r = unittest.TestResult()
print(repr(r), r.wasSuccessful(), r.shouldStop, r.failfast, r.buffer, r.tb_locals)
unittest.TestSuite(Cases(n) for n in names).run(r)
print(repr(r), r.testsRun, r.wasSuccessful())
for label, bucket in (('failures', r.failures), ('errors', r.errors), ('expected', r.expectedFailures)):
    for test, text in bucket:
        print(label, test, frames(text))
print([str(t) for t in r.unexpectedSuccesses], [(str(t), why) for t, why in r.skipped])

# buffer: output of passing tests vanishes, that of failing tests is replayed and stored
real_out, real_err = sys.stdout, sys.stderr
sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
b = unittest.TestResult()
b.buffer = True
b._original_stdout, b._original_stderr = sys.stdout, sys.stderr
unittest.TestSuite([Cases('test_pass'), Cases('test_fail')]).run(b)
replayed_out, replayed_err = sys.stdout.getvalue(), sys.stderr.getvalue()
sys.stdout, sys.stderr = real_out, real_err
print(repr(replayed_out), repr(replayed_err))
print(b.failures[0][1].split('AssertionError: 1 != 2')[1])

# failfast: the first problem stops the run
f = unittest.TestResult()
f.failfast = True
unittest.TestSuite(Cases(n) for n in ['test_pass', 'test_error', 'test_fail']).run(f)
print(f.testsRun, f.shouldStop, len(f.errors), len(f.failures))
u = unittest.TestResult()
u.failfast = True
u.addUnexpectedSuccess(Cases('test_pass'))
print(u.shouldStop, u.wasSuccessful())
s = unittest.TestResult()
s.addSubTest(Cases('test_pass'), Cases('test_pass'), None)
print(s.failures, s.errors, s.wasSuccessful())
del s.unexpectedSuccesses
print(s.wasSuccessful())


class Counting(unittest.TestResult):
    def addSuccess(self, test):
        super().addSuccess(test)
        print('success:', test.id().split('.')[-1])


c = Counting()
Cases('test_pass').run(c)
print(unittest.result.STDOUT_LINE % 'x', unittest.result.STDERR_LINE % 'y', c)


class Custom(unittest.TestResult):
    @unittest.result.failfast
    def addSuccess(self, test):
        print('custom success hook')


cf = Custom()
cf.failfast = True
unittest.TestSuite([Cases('test_pass'), Cases('test_error')]).run(cf)
print(cf.testsRun, cf.shouldStop, Custom.addSuccess.__name__)
