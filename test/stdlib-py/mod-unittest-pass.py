# A student's passing test file: unittest.main() prints the dots and OK, exits 0.
import unittest


def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestPrimes(unittest.TestCase):
    def test_small(self):
        self.assertTrue(is_prime(7))
        self.assertFalse(is_prime(8))

    def test_list(self):
        self.assertEqual([n for n in range(20) if is_prime(n)], [2, 3, 5, 7, 11, 13, 17, 19])

    def test_negative(self):
        self.assertIs(is_prime(-3), False)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s.items), 1)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaises(IndexError, self.s.pop)

    def test_misc_asserts(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1, places=2)
        self.assertIn(3, {3: 'x'})
        self.assertNotIn('z', "abc")
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(self.s, Stack)
        self.assertNotIsInstance(self.s, int)
        self.assertCountEqual("abca", "aabc")
        self.assertCountEqual([[1], [2]], [[2], [1]])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertEqual([1, 2], [1, 2])
        self.assertNotEqual([1], (1,))
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertIsNot([], [])
        self.assertMultiLineEqual("a\nb", "a\nb")


if __name__ == '__main__':
    unittest.main()
