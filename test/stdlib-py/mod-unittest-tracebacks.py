# Tracebacks in unittest reports: multi-line calls, errors in helpers and lambdas (carets),
# plain assert statements, an unexpected exception inside assertRaises.
import unittest
def helper(x):
    return {"a": 1}[x]
class T(unittest.TestCase):
    def test_multi(self):
        self.assertEqual(
            1,
            2)
    def test_nested_call(self):
        result = [helper("a"), helper("b")]
    def test_in_lambda(self):
        f = lambda: 1 / 0
        self.assertEqual(f(), 1)
    def test_assert_stmt(self):
        x = 3
        assert x == 4, "plain assert"
    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            raise ValueError("other")
unittest.main()
