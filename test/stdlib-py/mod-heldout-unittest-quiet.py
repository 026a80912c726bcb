# A unittest module run the default way (dots on stderr), with fixtures failing and
# more assertion messages than the first exercise.
import unittest


def parse_price(text):
    text = text.strip()
    if not text.startswith("$"):
        raise ValueError(f"not a price: {text!r}")
    return round(float(text[1:]), 2)


class PriceTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.samples = {"$1.50": 1.5, " $3 ": 3.0}

    def test_samples(self):
        for text, want in self.samples.items():
            with self.subTest(text=text):
                self.assertEqual(parse_price(text), want)

    def test_bad_input(self):
        with self.assertRaisesRegex(ValueError, "not a price"):
            parse_price("1.50")

    def test_wrong_regex(self):
        with self.assertRaisesRegex(ValueError, "^price"):
            parse_price("oops")

    def test_wrong_exception(self):
        with self.assertRaises(KeyError):
            parse_price("bad")

    def test_not_equal(self):
        self.assertNotEqual(parse_price("$2"), 2.0)

    def test_long_list(self):
        self.assertListEqual(list(range(30)), list(range(29)) + [99])

    def test_long_string(self):
        self.assertEqual("a" * 60 + "b", "a" * 60 + "c")

    def test_is(self):
        self.assertIs([], [])

    def test_false(self):
        self.assertFalse([0])

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", UserWarning)

    def test_less_equal(self):
        self.assertLessEqual(3, 2, msg="three is not <= two")

    def test_not_in(self):
        self.assertNotIn("a", "cat")

    def test_raises_callable(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 1)

    def test_dict_contains(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": None})

    def test_sequence(self):
        self.assertSequenceEqual("abc", ["a", "b"])

    def test_multiline(self):
        self.assertMultiLineEqual("one\ntwo\n", "one\nTwo\n")

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_is_not_none(self):
        self.assertIsNotNone(None, "needed a value")


class BrokenFixture(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("database unavailable")

    def test_never_runs(self):
        pass


class BrokenClassFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no network")

    def test_a(self):
        pass


class CleanupOrder(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(print, "cleanup 2")

    def tearDown(self):
        print("tearDown")

    def test_passes(self):
        print("running test_passes")


@unittest.skip("whole class skipped")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


if __name__ == "__main__":
    unittest.main()
