# unittest options and odd cases: -b buffer, --locals, -v, -f failfast, skipped setUpClass,
# tearDownClass errors, unexpected success, returning a value, deprecated aliases, debug().
import unittest, sys

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup")
        raise unittest.SkipTest("no resources")
    def test_a(self): pass

class TearDownClassBad(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tdc")
    def test_b(self): pass

class Out(unittest.TestCase):
    def test_prints(self):
        print("printed output")
        sys.stderr.write("err output\n")
        self.fail("with buffer")
    def test_prints_ok(self):
        print("hidden")
    @unittest.expectedFailure
    def test_unexpected(self):
        pass
    def test_locals(self):
        value = 41
        self.assertEqual(value, 42)
    def test_return(self):
        return 5
    def test_deprecated(self):
        self.assertEquals(1, 1)

if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-b", "--locals", "-v"], exit=False)
    print("---- failfast")
    unittest.main(argv=[sys.argv[0], "-f", "Out"], exit=False)
    r = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(unittest.TestSuite([Out("test_unexpected")]))
    print(r.wasSuccessful(), r.unexpectedSuccesses)
    try:
        Out("test_locals").debug()
    except AssertionError as e:
        print("debug raised", e)
    print(unittest.FunctionTestCase(lambda: None, description="desc"))
    res = unittest.TestResult()
    unittest.FunctionTestCase(lambda: 1/0).run(res)
    print(res.errors[0][1].splitlines()[-1], repr(res))
