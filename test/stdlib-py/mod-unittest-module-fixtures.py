# setUpModule failing (no test runs, 'setUpModule (__main__)' error), load_tests, failing cleanups.
import unittest

def setUpModule():
    raise ConnectionError("db down")

class A(unittest.TestCase):
    def test_x(self):
        pass

class B(unittest.TestCase):
    def setUp(self):
        self.addCleanup(self.bad_cleanup)
        self.addCleanup(print, "second cleanup runs first")
    def bad_cleanup(self):
        raise ValueError("cleanup failed")
    def test_y(self):
        pass

def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(B))
    return suite

if __name__ == "__main__":
    unittest.main(exit=False)
    del globals()['load_tests']
    unittest.main()
