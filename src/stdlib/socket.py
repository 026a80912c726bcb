"""A small socket module for pygil: the names programs and urllib use for network errors
and timeouts (error, timeout, gaierror, herror, the default timeout). There are no raw
socket objects; HTTP goes through urllib.request and requests."""

import os as _os
from _pygil_http import gaierror

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None

AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2


def getdefaulttimeout():
    """The default timeout in seconds (float) for new connections; None means no timeout."""
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0.0:
            raise ValueError('Timeout value out of range')
    _default_timeout = timeout


def gethostname():
    return _os.uname().nodename
