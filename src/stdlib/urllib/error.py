"""Exceptions that urllib.request raises.

URLError -- a URL could not be reached; HTTPError -- the server answered with an
error status (the exception doubles as the response, so its body can be read);
ContentTooShortError -- urlretrieve() received less than Content-Length.
"""

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """The URL could not be opened; `reason` holds a message or the OSError behind it."""

    def __init__(self, reason, filename=None):
        # args is just (reason,) so repr() reads URLError('...') whatever the filename.
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


class _NoBody:
    """Stands in for a missing response body: reads give nothing."""

    def read(self, amt=None):
        return b''

    def readline(self, limit=-1):
        return b''

    def readlines(self, hint=-1):
        return []

    def close(self):
        pass

    def __iter__(self):
        return iter(())


class HTTPError(URLError):
    """The server replied with an error status (4xx/5xx, or an unfollowable redirect).

    Because callers often want the error page, the exception also behaves like the
    response object: read(), info()/headers, code/status, geturl()/url.
    """

    def __init__(self, url, code, msg, hdrs, fp):
        # No OSError args: str() and repr() are built from code and msg instead.
        self.args = ()
        self.code = self.status = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.url = self.filename = url
        # Without a body we still answer read() with b'' rather than failing.
        self._body = fp if fp is not None else _NoBody()

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    # The reason phrase and the headers under the names a response uses.
    reason = property(lambda self: self.msg)

    def _get_headers(self):
        return self.hdrs

    def _set_headers(self, value):
        self.hdrs = value

    headers = property(_get_headers, _set_headers)

    def info(self):
        return self.hdrs

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    # Reading goes to the body (or the empty stand-in).
    def read(self, amt=None):
        if amt is None:
            return self._body.read()
        return self._body.read(amt)

    def readline(self, limit=-1):
        return self._body.readline(limit)

    def readlines(self, hint=-1):
        return self._body.readlines(hint)

    def __iter__(self):
        return iter(self._body)

    def close(self):
        self._body.close()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()


class ContentTooShortError(URLError):
    """urlretrieve() got fewer bytes than the Content-Length header promised."""

    def __init__(self, message, content):
        super().__init__(message)
        # What did arrive, so the caller can still use it.
        self.content = content
