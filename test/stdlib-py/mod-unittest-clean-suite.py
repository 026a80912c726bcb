# unittest.suite: the placeholder test a failed class/module fixture is reported under
# (repr, str, id, count, calling it), SkipTest from setUpClass, and BaseTestSuite's
# repr, equality, hashing, argument checks and counting after a run.
import io
import unittest


class BrokenSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('no database')

    def test_never(self):
        pass


class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('not today')

    def test_skipped(self):
        pass


class BrokenTearDown(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('left over')

    def test_fine(self):
        pass


def holders(*classes):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TestResult()
    suite.run(result)
    print('ran', result.testsRun, 'errors', len(result.errors), 'skipped', result.skipped and
          [(str(t), why) for t, why in result.skipped])
    return [test for test, _ in result.errors] + [test for test, _ in result.skipped]


for holder in holders(BrokenSetUp, SkippedClass, BrokenTearDown):
    print(type(holder).__name__, repr(holder), str(holder), holder.id())
    print('   ', holder.shortDescription(), holder.countTestCases(), holder.failureException,
          holder.description == holder.id())
    r = unittest.TestResult()
    print('   ', holder(r), holder.run(r), r.testsRun, r.wasSuccessful())

base = unittest.BaseTestSuite()
print(repr(base), base.countTestCases(), list(base))
for bad in (BrokenSetUp, 'abc', 3):
    try:
        base.addTest(bad) if bad != 'abc' else base.addTests(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hash(base)
except TypeError as e:
    print('TypeError', e)
one = BrokenTearDown('test_fine')
base.addTests([one, unittest.BaseTestSuite([one])])
print(repr(base).replace(__name__, 'M'), base.countTestCases())
print(base == unittest.BaseTestSuite([one, unittest.BaseTestSuite([one])]), base == [one], base != base)
print(unittest.TestSuite() == unittest.BaseTestSuite(), unittest.BaseTestSuite() == unittest.TestSuite())
result = unittest.TestResult()
base.run(result)
print(result.testsRun, base.countTestCases(), list(base), len(result.errors))
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(BrokenSetUp))
print('\n'.join(line for line in stream.getvalue().splitlines() if not line.startswith(('  File', '    ', 'Ran'))))
