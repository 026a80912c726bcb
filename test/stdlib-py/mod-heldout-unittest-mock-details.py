# unittest.mock details a student runs into: spec signatures, autospecced functions, dir(), side_effect changes.
from unittest.mock import *
import copy
def f(a, b=2, *, c=3): return a
m = Mock(spec=f)
m(1, c=5)
m.assert_called_with(a=1, c=5)
print("spec'd call matched by signature")
try: m.assert_called_with(2)
except AssertionError as e: print(e)
af = create_autospec(f)
print(type(af).__name__, af.__name__ if hasattr(af, "__name__") else None)
af(1)
af.assert_called_once_with(1)
print(af.mock_calls, af.call_count, af.return_value is af.return_value)
print(dir(Mock())[:3], len(dir(MagicMock())), "assert_called" in dir(Mock()))
mm = MagicMock(); mm.a; mm.b = 1
print([n for n in dir(mm) if not n.startswith("assert") and n not in dir(Mock())])
print(str(call(1)), str(call.x.y(2)), call(1) == call(1, 2))
c = copy.copy(Mock()) if False else None
print(Mock().__class__.__name__, isinstance(Mock(), Mock), isinstance(MagicMock(), Mock), issubclass(MagicMock, Mock))
n = Mock(name="n")
print(n.method.__class__.__name__, n.method._mock_name if hasattr(n.method, "_mock_name") else "")
class Spec:
    attr = 1
    def meth(self): pass
s = Mock(spec=Spec)
print(repr(s.attr).split(" id=")[0], repr(s.meth()).split(" id=")[0], hasattr(s, "nope"), repr(s.attr)[:22])
s2 = Mock(spec_set=Spec())
try: s2.other = 1
except AttributeError as e: print(e)
s2.attr = 5; print(s2.attr)
print(bool(Mock()), Mock() == Mock(), len(MagicMock()), hash(Mock()) != 0)
m3 = Mock()
m3.side_effect = [1, 2]
print(m3(), m3())
m3.side_effect = None; m3.return_value = 9; print(m3())
m4 = Mock(return_value=None)
print(m4(), m4.return_value)
mm2 = MagicMock()
mm2.__getitem__.side_effect = lambda k: k * 2
print(mm2[3], mm2["ab"])
mm2.__iter__.return_value = iter([1, 2])
print(list(mm2), list(mm2))
def g(a, b=2): return a
af = create_autospec(g, return_value=3)
print(af(1), af.return_value, repr(af.mock).split(" id=")[0], af.called, af.call_count, af.call_args, af.mock_calls)
af.return_value = 7; print(af(2))
af.side_effect = [10]; print(af(3))
try: af.assert_called_once_with(2)
except AssertionError as e: print(e)
try: af.assert_called_with(9)
except AssertionError as e: print(e)
try: af(1, 2, 3)
except TypeError as e: print(e)
af.reset_mock(); print(af.call_count, af.called, af.mock_calls)
print(sorted(n for n in vars(af) if not n.startswith("_")))
print(af.__name__, af.__doc__, af.__wrapped__ if hasattr(af, "__wrapped__") else "no wrapped")
import inspect
print(inspect.signature(af))
