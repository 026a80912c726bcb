# The types behind unittest.mock's helpers, as a curious student prints them.
from unittest import mock
print(type(mock.patch("os.getcwd")).__name__, type(mock.patch.dict({})).__name__, mock.patch.dict)
print(type(mock.call).__name__, type(mock.Mock().mock_calls).__name__, type(mock.sentinel).__name__)
print(type(mock.sentinel.x).__name__, type(mock.ANY).__name__, mock.DEFAULT, mock.FILTER_DIR)
print([c.__name__ for c in mock.MagicMock.__mro__], mock.Mock.__module__)
print(sorted(n for n in mock.__all__))
