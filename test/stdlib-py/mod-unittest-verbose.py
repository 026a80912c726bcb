# unittest.main(verbosity=2): one line per test with its description, docstrings shown.
import unittest


class TestWords(unittest.TestCase):
    def test_upper(self):
        """upper() makes capitals."""
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b", "c"])

    def test_error(self):
        """An error, not a failure.

        More lines are not shown."""
        return {}["missing"]

    @unittest.skipIf(True, "always skipped")
    def test_skipped(self):
        pass

    @unittest.skipUnless(False, "needs a thing")
    def test_skipped_too(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)


@unittest.skip("whole class")
class TestSkippedClass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


if __name__ == '__main__':
    unittest.main(verbosity=2)
