# Patching methods: autospec on a method, static and class methods, class decorators, start/stop.
import unittest, os
from unittest import mock
class Calc:
    def add(self, a, b): return a + b
    @staticmethod
    def version(): return 1
    @classmethod
    def make(cls): return cls()
@mock.patch("os.getcwd", return_value="/x")
class T(unittest.TestCase):
    def test_a(self, m):
        self.assertEqual(os.getcwd(), "/x")
    def test_b(self, m):
        m.assert_not_called()
    def helper(self):
        return "not patched"
with mock.patch.object(Calc, "add", autospec=True) as fake:
    fake.return_value = 10
    c = Calc()
    print(c.add(1, 2))
    fake.assert_called_once_with(c, 1, 2)
    try: c.add(1)
    except TypeError as e: print("TypeError:", e)
    print(type(fake).__name__)
with mock.patch.object(Calc, "version", return_value=7):
    print(Calc.version(), Calc().version())
with mock.patch.object(Calc, "make") as mk:
    mk.return_value = "made"
    print(Calc.make())
m = mock.Mock()
m.configure_mock(name="real_name_attr")
print(m.name)
m2 = mock.Mock(name="mockname")
print(repr(m2).split(" id=")[0], m2.name if False else "")
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
import io
r = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(r.testsRun, r.wasSuccessful(), T.helper(None))
p = mock.patch("os.getpid", return_value=3)
print(os.getpid() != 3); p.start(); print(os.getpid()); p.stop(); print(os.getpid() != 3)
print(p.stop())
mm = mock.MagicMock(spec=Calc)
print(isinstance(mm, Calc), mm.add(1, 2).__class__.__name__)
try: mm.sub
except AttributeError as e: print(e)
s = mock.NonCallableMagicMock(spec_set=["a"])
try: s.b = 1
except AttributeError as e: print(e)
pm = mock.PropertyMock(return_value=3)
type(m).size = pm
print(m.size, pm.call_count)
