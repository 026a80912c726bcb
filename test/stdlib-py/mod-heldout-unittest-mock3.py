# A service tested with mocks: stacked patches, class decorators, patch.dict, async code,
# and the assertion failures a student reads in the runner's report.
import json
import os
import unittest
from unittest import mock


class WeatherClient:
    def fetch(self, city):
        raise RuntimeError("no network in tests")

    async def fetch_async(self, city):
        raise RuntimeError("no network in tests")


def report(client, cities):
    lines = []
    for city in cities:
        data = client.fetch(city)
        lines.append("%s: %s°" % (city, data["temp"]))
    return "\n".join(lines)


def config_path():
    return os.path.join(os.environ.get("APP_HOME", "/default"), "config.json")


def load_config(reader=open):
    with reader(config_path()) as f:
        return json.load(f)


class ReportTests(unittest.TestCase):
    def setUp(self):
        self.client = mock.Mock(spec=WeatherClient)
        self.client.fetch.side_effect = lambda city: {"temp": len(city)}

    def test_report(self):
        self.assertEqual(report(self.client, ["Oslo", "Rome"]), "Oslo: 4°\nRome: 4°")
        self.client.fetch.assert_has_calls([mock.call("Oslo"), mock.call("Rome")])
        self.assertEqual(self.client.fetch.call_count, 2)

    def test_wrong_order(self):
        report(self.client, ["Oslo", "Rome"])
        self.client.fetch.assert_has_calls([mock.call("Rome"), mock.call("Oslo")])

    def test_any_order_missing(self):
        report(self.client, ["Oslo"])
        self.client.fetch.assert_has_calls([mock.call("Rome"), mock.call("Oslo")], any_order=True)

    def test_called_once_with(self):
        report(self.client, ["Oslo", "Rome"])
        self.client.fetch.assert_called_once_with("Oslo")

    def test_called_with_wrong(self):
        report(self.client, ["Oslo"])
        self.client.fetch.assert_called_with("Paris")

    def test_not_called(self):
        self.client.fetch.assert_called()

    def test_spec_blocks_typos(self):
        self.client.fetchh("x")

    def test_call_args(self):
        report(self.client, ["Oslo"])
        self.assertEqual(self.client.fetch.call_args, mock.call("Oslo"))
        self.assertEqual(self.client.fetch.call_args_list, [mock.call("Oslo")])
        self.assertEqual(self.client.mock_calls, [mock.call.fetch("Oslo")])
        self.assertEqual(self.client.fetch.call_args.args, ("Paris",))


@mock.patch.dict(os.environ, {"APP_HOME": "/srv/app"})
class ConfigTests(unittest.TestCase):
    def test_path(self):
        self.assertEqual(config_path(), "/srv/app/config.json")

    @mock.patch("__main__.config_path", return_value="/x.json")
    @mock.patch("json.load", return_value={"debug": True})
    def test_load_stacked(self, fake_load, fake_path):
        opener = mock.mock_open(read_data='{"ignored": 1}')
        self.assertEqual(load_config(opener), {"debug": True})
        opener.assert_called_once_with("/x.json")
        fake_path.assert_called_once_with()
        self.assertEqual(fake_load.call_count, 1)
        self.assertIs(fake_load.call_args.args[0], opener.return_value)

    @mock.patch("os.path.join")
    def test_join_mocked(self, fake_join):
        fake_join.return_value = "joined"
        self.assertEqual(config_path(), "joined")
        fake_join.assert_called_once_with("/srv/app", "config.json")
        fake_join.assert_called_once_with("/srv/app", "other.json")


class AsyncTests(unittest.TestCase):
    def test_async_mock(self):
        client = mock.Mock(spec=WeatherClient)
        client.fetch_async = mock.AsyncMock(return_value={"temp": 21})

        async def main():
            return await client.fetch_async("Lima")

        coroutine = main()
        with self.assertRaises(StopIteration) as finished:
            coroutine.send(None)
        self.assertEqual(finished.exception.value, {"temp": 21})
        client.fetch_async.assert_called_once_with("Lima")
        client.fetch_async.assert_awaited()


print(os.environ.get("APP_HOME"))
if __name__ == "__main__":
    unittest.main(verbosity=2, exit=False)
    print(os.environ.get("APP_HOME"))
