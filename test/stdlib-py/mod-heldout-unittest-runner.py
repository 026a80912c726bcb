# Running tests programmatically: loaders, -k filtering, failfast, buffering of output,
# enterContext and class cleanups (unittest in 3.11), and the results object.
import contextlib
import io
import sys
import unittest


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name)
        return False


class Inventory(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup ran")
        cls.shared = cls.enterClassContext(Resource("class-db"))

    def setUp(self):
        self.res = self.enterContext(Resource("per-test"))

    def test_add(self):
        print("noisy output from test_add")
        self.assertEqual(1 + 1, 2)

    def test_remove_fails(self):
        print("output that -b shows only on failure")
        self.assertIn("widget", ["gadget"])

    def test_error(self):
        {}["missing"]

    def test_params(self):
        for qty, ok in [(1, True), (-1, False), (0, True)]:
            with self.subTest("checking", qty=qty):
                self.assertEqual(qty >= 0, ok)

    @unittest.skipUnless(sys.platform == "nowhere", "needs the nowhere platform")
    def test_platform(self):
        pass


def run(argv):
    stream = io.StringIO()
    prog = unittest.main(module=__name__, argv=["prog"] + argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    text = stream.getvalue()
    text = "\n".join(line for line in text.splitlines() if not line.startswith("Ran "))
    print(text)
    result = prog.result
    print("run:", result.testsRun, "failures:", len(result.failures), "errors:", len(result.errors),
          "skipped:", len(result.skipped), "ok:", result.wasSuccessful(), "stop:", result.shouldStop)
    print("=" * 20)


run(["-k", "add"])
run(["-k", "remove", "-k", "error"])
run(["-b", "-k", "add", "-k", "remove"])
run(["-f"])
run(["Inventory.test_params"])

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Inventory))
suite = loader.loadTestsFromTestCase(Inventory)
print(suite.countTestCases(), [t.id().split(".")[-1] for t in suite])
print(loader.loadTestsFromName("__main__.Inventory.test_add"))
named = loader.loadTestsFromNames(["Inventory.test_add", "Inventory.test_error"], sys.modules[__name__])
print(named.countTestCases())
bad = loader.loadTestsFromName("Inventory.test_nothing", sys.modules[__name__])
out = io.StringIO()
outcome = unittest.TextTestRunner(stream=out).run(bad)
print(len(outcome.errors), out.getvalue().splitlines()[0])
result = unittest.TestResult()
Inventory("test_error").run(result)
print(result.testsRun, len(result.errors), result.errors[0][0].id(), result.errors[0][1].splitlines()[-1])
print(repr(Inventory("test_add")), str(Inventory("test_add")), Inventory("test_add").shortDescription())
try:
    Inventory("no_such_method")
except ValueError as e:
    print("ValueError:", e)
