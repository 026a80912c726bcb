# unittest.mock the way a testing tutorial introduces it: Mock, MagicMock, patch, call checks.
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, sentinel, ANY
import os

m = Mock()
m.method(1, key="v")
m.method(2)
print(m.method.call_count, m.method.call_args, m.method.call_args_list, m.method.called)
print(m.method.call_args.args, m.method.call_args.kwargs, m.mock_calls)
m.method.assert_called_with(2)
m.method.assert_any_call(1, key="v")
try:
    m.method.assert_called_once()
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.method.assert_called_with(3)
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.other.assert_called()
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.method.assert_not_called()
except AssertionError as e:
    print("AssertionError:", e)
m.reset_mock()
print(m.method.call_count, m.mock_calls)

r = Mock(return_value=42)
print(r(), r("x"), r.return_value)
s = Mock(side_effect=[1, 2, ValueError("boom")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("ValueError:", e)
try:
    s()
except StopIteration:
    print("StopIteration when side effects run out")
f = Mock(side_effect=lambda x: x * 10)
print(f(4))
k = Mock(side_effect=KeyError)
try:
    k()
except KeyError as e:
    print("KeyError raised", repr(e))

spec = Mock(spec=["read", "close"])
spec.read()
try:
    spec.write
except AttributeError as e:
    print("AttributeError:", e)
class Service:
    def fetch(self, url):
        return "real"
ms = Mock(spec=Service)
print(isinstance(ms, Service), ms.fetch("u") is ms.fetch.return_value)
auto = mock.create_autospec(Service)
inst = auto()
inst.fetch("x")
try:
    inst.fetch()
except TypeError as e:
    print("TypeError:", e)

mm = MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.return_value = "item"
print(len(mm), mm[0], list(iter(mm)), bool(mm), mm.__str__.called, int(mm), 5 in mm)
with mm as ctx:
    print(ctx is mm.__enter__.return_value)
print(mm.__exit__.called)

named = Mock(name="db")
print(repr(named).split(" id=")[0], repr(named.query).split(" id=")[0], repr(named.query()).split(" id=")[0])
print(sentinel.token is sentinel.token, sentinel.token, call(1, a=2), call.method(3), call(1) == call(1), ANY == "anything")
a = Mock()
a(1)
a(2)
a.assert_has_calls([call(1), call(2)])
try:
    a.assert_has_calls([call(2), call(1)])
except AssertionError as e:
    print("AssertionError:", str(e).splitlines()[0])
a.assert_called_with(ANY)


def get_home():
    return os.environ.get("HOME_DIR", "none")

class PatchTests(unittest.TestCase):
    @patch("os.getcwd", return_value="/fake")
    def test_decorator(self, fake_getcwd):
        self.assertEqual(os.getcwd(), "/fake")
        fake_getcwd.assert_called_once_with()

    def test_context_manager(self):
        with patch.dict(os.environ, {"HOME_DIR": "/patched"}):
            self.assertEqual(get_home(), "/patched")
        self.assertNotEqual(get_home(), "/patched")

    def test_object(self):
        with patch.object(Service, "fetch", return_value="mocked") as p:
            self.assertEqual(Service().fetch("u"), "mocked")
            p.assert_called_once_with("u")
        self.assertEqual(Service().fetch("u"), "real")

    def test_fails(self):
        with patch("os.path.exists", return_value=False):
            self.assertTrue(os.path.exists("/"))

    def test_bad_target(self):
        with patch("__main__.no_such_function"):
            pass

if __name__ == "__main__":
    unittest.main(verbosity=2)
