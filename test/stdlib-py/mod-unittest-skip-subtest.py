# subTest: each failing subtest is reported with its parameters; dots and verbose forms.
import sys
import unittest


class TestSub(unittest.TestCase):
    def test_even(self):
        for i in range(6):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        for a in (1, 2):
            with self.subTest("outer", a=a):
                for b in ("x", "y"):
                    with self.subTest(b=b):
                        if a == 2 and b == "y":
                            self.fail("bad pair")

    def test_sub_error(self):
        with self.subTest():
            raise ValueError("inside a subtest")

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    @unittest.skip("later")
    def test_later(self):
        pass


if __name__ == '__main__':
    suite = unittest.TestLoader().loadTestsFromTestCase(TestSub)
    print("count:", suite.countTestCases())
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    print(result, len(result.failures), len(result.errors), len(result.skipped))
    print([str(t) for t, _ in result.failures])
    unittest.main(verbosity=1, exit=False)
    unittest.main(argv=['prog', '-q'], exit=False)
    unittest.main(argv=['prog', 'TestSub.test_all_pass', '-v'])
