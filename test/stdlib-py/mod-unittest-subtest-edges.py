# subTest corner cases: nested subtests with failfast, expected failure inside a subtest, skipTest
# in a subtest.
import unittest, sys
class T(unittest.TestCase):
    def test_nested_failfast(self):
        for i in range(3):
            with self.subTest(i=i):
                with self.subTest(j=0):
                    self.assertLess(i, 1)
                print("after inner", i)
    @unittest.expectedFailure
    def test_xfail_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 5)
            print("not reached", i)
    def test_skip_in_sub(self):
        for i in range(2):
            with self.subTest(i=i):
                if i == 0:
                    self.skipTest("skip zero")
                print("sub", i)
unittest.main(argv=["t", "-f", "-v"], exit=False)
unittest.main(argv=["t", "-v"], exit=False)
