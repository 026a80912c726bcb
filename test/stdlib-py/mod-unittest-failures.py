import unittest

def divide(a, b):
    return a / b

class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail_eq(self):
        self.assertEqual(divide(6, 3), 3)

    def test_error(self):
        divide(1, 0)

    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])

    def test_list_longer(self):
        self.assertEqual([1, 2, 3], [1, 2])

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_str(self):
        self.assertEqual("hello world", "hello there")

    def test_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_true(self):
        self.assertTrue(0 > 1)

    def test_true_msg(self):
        self.assertTrue(False, "custom message")

    @unittest.skip("not ready")
    def test_skip(self):
        pass

    def test_in(self):
        self.assertIn(5, [1, 2, 3])

    def test_raises(self):
        with self.assertRaises(ValueError):
            int("12")

    def test_raises_other(self):
        with self.assertRaises(ValueError):
            [][1]

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.31)

    def test_tuple(self):
        self.assertEqual((1, 2), (1, 3))

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_count(self):
        self.assertCountEqual([1, 2, 2, 3], [1, 2, 3, 3])

    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(1, 101)))

    def test_is_none(self):
        self.assertIsNone(5)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_isinstance(self):
        self.assertIsInstance("x", int)

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_ctx(self):
        try:
            {}['k']
        except KeyError:
            raise RuntimeError("wrapped")

if __name__ == '__main__':
    unittest.main()
