# assertRaisesRegex/assertRegex/assertWarnsRegex (need re), assertLogs/assertNoLogs, carets and
# chained exceptions in test tracebacks.
import unittest, logging

class T(unittest.TestCase):
    def test_regex(self):
        with self.assertRaisesRegex(ValueError, r"inval.d"):
            int("x")
    def test_regex_fail(self):
        with self.assertRaisesRegex(ValueError, r"^nothing$"):
            int("x")
    def test_regex_fn(self):
        self.assertRaisesRegex(KeyError, "k", {}.__getitem__, "k")
    def test_assert_regex(self):
        self.assertRegex("hello world", r"w.rld")
        self.assertNotRegex("hello", r"\d")
    def test_assert_regex_fail(self):
        self.assertRegex("hello world", r"^w")
    def test_not_regex_fail(self):
        self.assertNotRegex("abc123", r"\d+")
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
        self.assertEqual(cm.output, ['INFO:foo:first message', 'ERROR:foo.bar:second message'])
    def test_logs_fail(self):
        with self.assertLogs('foo', level='INFO'):
            logging.getLogger('foo').debug('hidden')
    def test_no_logs(self):
        with self.assertNoLogs('foo'):
            logging.getLogger('foo').warning('oops')
    def test_error_carets(self):
        data = {'a': [1, 2]}
        x = data['a'][5] + 1
    def test_chain(self):
        try:
            int("q")
        except ValueError as e:
            raise RuntimeError("converted") from e
    def test_warns_regex(self):
        import warnings
        with self.assertWarnsRegex(UserWarning, "dep.*"):
            warnings.warn("deprecated thing")

if __name__ == "__main__":
    unittest.main()
