# More of unittest.mock: MagicMock protocols, autospec, mock_open, PropertyMock, call objects.
import os
from unittest.mock import (Mock, MagicMock, NonCallableMock, patch, call, sentinel, ANY, DEFAULT,
                           create_autospec, mock_open, PropertyMock, seal)


def short(obj):
    return repr(obj).split(" id=")[0] + ">"


mm = MagicMock()
print(len(mm), bool(mm), int(mm), float(mm), list(mm), 1 in mm, mm == mm, mm != 3, complex(mm), mm.__exit__(None, None, None))
print(short(mm[0]), short(mm.__enter__()), short(round(mm)), short(-mm), short(abs(mm)), short(mm + 1), short(3 * mm))
print(mm.__fspath__().startswith("MagicMock/mock/"), short(divmod(mm, 2)))
try:
    mm < 3
except TypeError as e:
    print("TypeError:", e)
mm[1] = "x"
del mm[2]
print(mm.mock_calls[-2:], mm.__setitem__.call_args)
mm.__len__.return_value = 7
mm.__iter__.return_value = ["a", "b"]
mm.__contains__.side_effect = lambda item: item == "a"
mm.__getitem__.side_effect = KeyError("nope")
print(len(mm), list(mm), list(mm), "a" in mm, "b" in mm)
try:
    mm["k"]
except KeyError as e:
    print("KeyError:", e)
mm.__eq__.return_value = True
print(mm == 4, MagicMock() == 4, MagicMock() != 4)
mm.__str__.return_value = "custom str"
print(str(mm), format(MagicMock.__name__))
m = Mock()
try:
    len(m)
except TypeError as e:
    print("TypeError:", e)
m.__len__ = Mock(return_value=2)
print(len(m))
try:
    m.__foo__
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.assert_foo()
except AttributeError as e:
    print("AttributeError:", e)
print(m.assert_foo if False else "ok", Mock(unsafe=True).assert_foo is not None)

print(repr(call), repr(call.a.b), repr(call().foo), repr(call(1).foo(2)), call(1).foo(2).call_list(), call(1)(2))
print(call.method(1) == ("method", (1,), {}), call(1) == ("", (1,), {}), call(1) == ((1,), {}), call(1, x=2).args, call(1, x=2).kwargs)
print(call(1, 2) == call(1, ANY), call(x=1) == call(x=2), call.a(1) == call.b(1), call(1) != call(2), [call(1), call(2)] == [call(1), call(2)])
print(sentinel.token is sentinel.token, sentinel.token, DEFAULT, ANY, ANY == object(), [1, ANY] == [1, "x"])

parent = Mock()
parent.child(1).grand(2)
parent.other.deep.deeper("x")
parent()(3)
print(parent.mock_calls)
print(parent.method_calls, parent.child.mock_calls)
print(short(parent.child), short(parent.child()), short(parent()), short(parent.child().grand), short(Mock(name="db").query()))
attached = Mock(return_value=None)
parent.attach_mock(attached, "helper")
parent.helper(9)
print(parent.mock_calls[-1], short(parent.helper))
parent.reset_mock()
print(parent.mock_calls, parent.child.call_count)
m = Mock(return_value=3, **{"method.return_value": 5, "other.side_effect": KeyError("k"), "attr": "plain"})
print(m(), m.method(), m.attr)
try:
    m.other()
except KeyError as e:
    print("KeyError:", e)
m.configure_mock(**{"a.b.c.return_value": 4})
print(m.a.b.c())
m.reset_mock(return_value=True)
print(short(m()))
w = Mock(wraps=lambda x: x * 2)
print(w(21), w.call_args)
del m.attr
try:
    m.attr
except AttributeError as e:
    print("AttributeError:", e)
spec_set = Mock(spec_set=["read"])
spec_set.read.return_value = "data"
spec_set.return_value = 1
try:
    spec_set.write = 1
except AttributeError as e:
    print("AttributeError:", e)
print(spec_set.read(), spec_set(), short(spec_set))
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
sealed = Mock()
sealed.known.value = 1
seal(sealed)
print(sealed.known.value)
try:
    sealed.unknown
except AttributeError as e:
    print("AttributeError:", e)


class Account:
    rate = 0.5

    def __init__(self, owner, balance=0):
        self.owner = owner

    def deposit(self, amount, *, note=""):
        return amount

    @property
    def summary(self):
        return "real"


spec = create_autospec(Account)
acct = spec("ann")
acct.deposit(5, note="gift")
for bad in [lambda: spec(), lambda: acct.deposit(), lambda: acct.deposit(1, 2), lambda: acct.withdraw(1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(short(spec), short(acct), spec.mock_calls, isinstance(acct, Account))
acct.deposit.assert_called_once_with(5, note="gift")
func = create_autospec(lambda a, b=1: None)
func(1, b=2)
try:
    func(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
func.assert_called_with(1, b=2)

opener = mock_open(read_data="first\nsecond\nthird\n")
with patch("builtins.open", opener):
    with open("notes.txt") as f:
        print(repr(f.readline()), f.readlines())
    with open("notes.txt") as f:
        print([line for line in f])
    with open("out.txt", "w") as f:
        f.write("hello")
print(opener.call_args_list)
opener.assert_called_with("out.txt", "w")
handle = opener()
handle.write.assert_called_once_with("hello")

with patch.object(Account, "summary", new_callable=PropertyMock) as prop:
    prop.return_value = "mocked summary"
    print(Account("x").summary)
    prop.assert_called_once_with()
print(Account("y").summary)
with patch("os.getcwd") as fake, patch.object(os, "getpid", return_value=5) as pid:
    print(short(fake), short(fake()), short(pid), os.getpid())
with patch.multiple(os, getcwd=DEFAULT, sep="!") as values:
    print(sorted(values), os.sep)
print(os.sep)
with patch("os.getcwd", spec=True) as fake:
    fake.return_value = "/spec"
    print(os.getcwd(), short(fake))
starter = patch.dict("os.environ", {"STARTED": "1"})
starter.start()
print(os.environ.get("STARTED"))
starter.stop()
print(os.environ.get("STARTED"))
p = patch("os.listdir", return_value=["x"])
p.start()
print(os.listdir("/"))
patch.stopall()
print(type(os.listdir("/")).__name__)
try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)
try:
    patch.object("os", "sep")
except TypeError as e:
    print("TypeError:", e)
