# Using unittest's objects directly: TestResult, TestSuite, TestLoader, messages of
# failures (captured, printed to stdout), longMessage and maxDiff.
import io
import unittest


class T(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual("x", "y", msg="extra words")

    def helper(self):
        pass


def failure_message(fn, *args, **kwargs):
    tc = unittest.TestCase()
    try:
        fn(tc, *args, **kwargs)
    except AssertionError as e:
        return str(e)
    return "no failure"


TC = unittest.TestCase
print(unittest.TestLoader().getTestCaseNames(T))
suite = unittest.TestSuite()
suite.addTest(T("test_one"))
suite.addTests([T("test_two")])
print(suite.countTestCases(), repr(T("test_one")), str(T("test_two")), T("test_one").id())
print(T("test_one") == T("test_one"), T("test_one") == T("test_two"))
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful(), repr(result))
print(result.failures[0][1].splitlines()[-1])
try:
    T("nope")
except ValueError as e:
    print("ValueError:", e)

print(failure_message(TC.assertEqual, [1, [2, 3]], [1, [2, 4]]))
print(failure_message(TC.assertEqual, "x" * 100, "x" * 99 + "y"))
print(failure_message(TC.assertEqual, {"k%d" % i: i for i in range(30)}, {"k%d" % i: i + (i == 7) for i in range(30)}))
print(failure_message(TC.assertListEqual, [1], (1,)))
print(failure_message(TC.assertSequenceEqual, [1, 2], [1, 2, 3, 4]))
print(failure_message(TC.assertDictEqual, [], {}))
print(failure_message(TC.assertNotEqual, 1, 1, "why"))
print(failure_message(TC.assertIs, 1, None))
print(failure_message(TC.assertIsNot, None, None))
print(failure_message(TC.assertNotIn, 1, [1]))
print(failure_message(TC.assertFalse, [1]))
print(failure_message(TC.assertLessEqual, 3, 2))
print(failure_message(TC.assertGreaterEqual, 1, 2))
print(failure_message(TC.assertAlmostEqual, 1.0, 1.5, delta=0.1))
print(failure_message(TC.assertAlmostEqual, 1.0, 1.001, places=2) )
print(failure_message(TC.assertAlmostEqual, 1.0, 1.01, places=3))
print(failure_message(TC.assertNotAlmostEqual, 1.0, 1.0))
print(failure_message(TC.assertCountEqual, [1, [2]], [[2], 2]))
print(failure_message(TC.assertSetEqual, {1}, [1]))
print(failure_message(TC.assertMultiLineEqual, "one\ntwo\nthree\n", "one\n2\nthree"))
print(failure_message(TC.assertIsInstance, 1, (str, list), "ints are not"))
print(failure_message(TC.assertRaises, KeyError, dict().get, 1))
print(failure_message(TC.assertWarns, UserWarning, lambda: None))
print(failure_message(TC.fail))


class Quiet(unittest.TestCase):
    longMessage = False
    maxDiff = None

    def test(self):
        pass


q = Quiet("test")
print(failure_message(lambda tc: q.assertEqual(1, 2, "only mine")))
print(failure_message(lambda tc: q.assertEqual(list(range(200)), list(range(201)))).count("\n"))

import warnings


def warns():
    warnings.warn("careful", DeprecationWarning)


tc = unittest.TestCase()
with tc.assertWarns(DeprecationWarning) as cm:
    warns()
print(type(cm.warning).__name__, cm.warning, cm.lineno)
tc.assertWarns(UserWarning, warnings.warn, "x")

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
res = runner.run(unittest.TestLoader().loadTestsFromTestCase(T))
print(res.testsRun, len(res.failures))
print(stream.getvalue().replace(stream.getvalue().splitlines()[-3], "Ran 2 tests in TIME"))
