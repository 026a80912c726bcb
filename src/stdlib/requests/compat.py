"""Names requests' compat module offers (Python 3 only here)."""

import json
from json import JSONDecodeError
from urllib.parse import (quote, unquote, quote_plus, unquote_plus, urlencode, urljoin,
                          urlparse, urlsplit, urlunparse, urldefrag)
from urllib.request import getproxies

builtin_str = str
str = str
bytes = bytes
basestring = (str, bytes)
numeric_types = (int, float)
integer_types = (int,)
is_py3 = True
complexjson = json
