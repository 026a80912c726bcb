"""A requests-compatible HTTP library for pygil.

    >>> import requests
    >>> r = requests.get('https://www.python.org')
    >>> r.status_code
    200

The API, the Response object and the exception tree follow requests 2.31; the network
goes through Node's http/https, and a thread waiting for a response parks alone while the
other threads run.
"""

__title__ = "requests"
__version__ = "2.34.2"
__author__ = "pygil (requests-compatible)"
__license__ = "Apache 2.0"

from . import utils
from .models import PreparedRequest, Request, Response
from .api import delete, get, head, options, patch, post, put, request
from .exceptions import (
    ConnectionError,
    ConnectTimeout,
    FileModeWarning,
    HTTPError,
    JSONDecodeError,
    ReadTimeout,
    RequestException,
    Timeout,
    TooManyRedirects,
    URLRequired,
)
from .sessions import Session, session
from .status_codes import codes
from . import exceptions, structures, adapters, auth, sessions, status_codes, cookies, models, api
