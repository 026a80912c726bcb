# Testing code that talks to the outside world: input(), print(), sys.stdout, randomness and
# time, replaced with mocks the way testing tutorials do it.
import io
import random
import sys
import time
import unittest
from unittest.mock import patch, call, ANY, MagicMock, Mock


def ask_name():
    name = input("Your name? ")
    age = input("Your age? ")
    print(f"Hello {name}, next year you are {int(age) + 1}")
    return name


def roll_dice():
    return random.randint(1, 6) + random.randint(1, 6)


def slow_retry(action, attempts=3):
    for n in range(attempts):
        try:
            return action()
        except ConnectionError:
            print("retry", n + 1)
            time.sleep(2 ** n)
    raise RuntimeError("gave up")


class Greeter:
    def __init__(self, db):
        self.db = db

    def greet(self, user_id):
        user = self.db.lookup(user_id)
        if user is None:
            return "who?"
        return "hi " + user["name"]


class OutsideWorldTests(unittest.TestCase):
    @patch("builtins.input", side_effect=["Ada", "36"])
    def test_input(self, fake_input):
        with patch("sys.stdout", new_callable=io.StringIO) as out:
            self.assertEqual(ask_name(), "Ada")
        self.assertEqual(out.getvalue(), "Hello Ada, next year you are 37\n")
        self.assertEqual(fake_input.call_args_list, [call("Your name? "), call("Your age? ")])

    @patch("builtins.print")
    @patch("builtins.input", return_value="7")
    def test_print_mocked(self, fake_input, fake_print):
        ask_name()
        fake_print.assert_called_once_with("Hello 7, next year you are 8")

    @patch("random.randint", side_effect=[3, 4])
    def test_dice(self, fake_randint):
        self.assertEqual(roll_dice(), 7)
        fake_randint.assert_has_calls([call(1, 6), call(1, 6)])
        self.assertEqual(fake_randint.call_count, 2)

    @patch("time.sleep")
    def test_retry(self, fake_sleep):
        action = Mock(side_effect=[ConnectionError, ConnectionError, "done"])
        with patch("sys.stdout", new_callable=io.StringIO) as out:
            self.assertEqual(slow_retry(action), "done")
        self.assertEqual(out.getvalue(), "retry 1\nretry 2\n")
        self.assertEqual(fake_sleep.mock_calls, [call(1), call(2)])

    @patch("time.sleep")
    def test_retry_gives_up(self, fake_sleep):
        action = Mock(side_effect=ConnectionError("down"))
        with patch("sys.stdout", new=io.StringIO()):
            with self.assertRaisesRegex(RuntimeError, "gave up"):
                slow_retry(action)
        self.assertEqual(action.call_count, 3)
        fake_sleep.assert_called_with(4)

    def test_greeter(self):
        db = MagicMock()
        db.lookup.return_value = {"name": "Grace"}
        self.assertEqual(Greeter(db).greet(1), "hi Grace")
        db.lookup.assert_called_once_with(ANY)
        db.lookup.return_value = None
        self.assertEqual(Greeter(db).greet(2), "who?")
        self.assertEqual(db.method_calls, [call.lookup(1), call.lookup(2)])

    def test_wraps_real_object(self):
        real = Greeter(Mock(**{"lookup.return_value": {"name": "Lin"}}))
        with patch.object(real, "greet", wraps=real.greet) as spy:
            self.assertEqual(real.greet(5), "hi Lin")
        spy.assert_called_once_with(5)

    def test_print_failure_message(self):
        with patch("builtins.print") as fake_print:
            print("actual text")
        fake_print.assert_called_with("expected text")

    def test_input_runs_out(self):
        with patch("builtins.input", side_effect=["only one"]):
            with patch("builtins.print"):
                ask_name()


if __name__ == "__main__":
    unittest.main(verbosity=2)
