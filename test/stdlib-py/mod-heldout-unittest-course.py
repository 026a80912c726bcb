# A testing course's first exercise: a small class under test, with every outcome kind.
import unittest


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.stack = Stack()

    def test_push_pop(self):
        self.stack.push(1)
        self.stack.push(2)
        self.assertEqual(self.stack.pop(), 2)
        self.assertEqual(len(self.stack), 1)

    def test_pop_empty_raises(self):
        with self.assertRaises(IndexError) as cm:
            self.stack.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")

    def test_peek_empty(self):
        # a bug students hit: peek on an empty stack is an error, not a failure
        self.stack.peek()

    def test_wrong_expectation(self):
        self.stack.push("a")
        self.assertEqual(self.stack.pop(), "b")

    def test_lists_differ(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])

    def test_dicts_differ(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_multiline_strings(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")

    def test_true_with_msg(self):
        self.assertTrue(len(self.stack) > 0, "stack should not be empty")

    def test_in(self):
        self.assertIn(5, [1, 2, 3])

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_is_none(self):
        self.assertIsNone(0)

    def test_raises_nothing(self):
        with self.assertRaises(ValueError):
            int("42")

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_set_equal(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_isinstance(self):
        self.assertIsInstance("x", int)

    def test_tuple(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))

    @unittest.skip("not written yet")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "always skipped")
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1 + 1, 3)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        self.assertEqual(1 + 1, 2)

    def test_skip_inside(self):
        self.skipTest("skipped from inside")

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_fail_call(self):
        self.fail("explicit failure")

    def test_regex(self):
        self.assertRegex("hello world", r"^world")

    def test_long_message(self):
        self.longMessage = False
        self.assertEqual(1, 2, "custom only")


if __name__ == "__main__":
    unittest.main(verbosity=2)
