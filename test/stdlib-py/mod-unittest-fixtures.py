# Fixtures and their order: setUpModule, setUpClass, setUp, cleanups, tearDown..., and
# errors in fixtures (reported as "setUpClass (__main__.Broken)").
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")
    print("\n".join(log))


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.shared = [1, 2]

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("test_b")
        self.assertEqual(self.shared, [1, 2])

    def test_a(self):
        log.append("test_a")
        self.assertEqual(self.id(), "__main__.A.test_a")


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no database")

    def test_never(self):
        log.append("never")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise OSError("setUp failed")

    def test_x(self):
        log.append("never either")


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("tearDown failed")

    def test_y(self):
        log.append("test_y")


if __name__ == '__main__':
    unittest.main()
