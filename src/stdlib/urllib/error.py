"""Exceptions raised by urllib.request: URLError, HTTPError (also a response you can read),
ContentTooShortError."""

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A problem reaching a URL; `reason` says what (a message or the underlying OSError)."""

    def __init__(self, reason, filename=None):
        self.args = reason,
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP error status (4xx, 5xx, or a redirect that couldn't be followed).

    It is also the error response: read(), headers, code, reason, geturl() work on it.
    """

    def __init__(self, url, code, msg, hdrs, fp):
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = url
        self.args = ()
        if fp is not None:
            self.url = url
            self.status = code

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def headers(self):
        return self.hdrs

    @headers.setter
    def headers(self, headers):
        self.hdrs = headers

    def info(self):
        return self.hdrs

    def geturl(self):
        return self.filename

    def getcode(self):
        return self.code

    def read(self, amt=None):
        if self.fp is None:
            return b''
        return self.fp.read(amt) if amt is not None else self.fp.read()

    def readline(self, limit=-1):
        return self.fp.readline(limit) if self.fp is not None else b''

    def close(self):
        if self.fp is not None:
            self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.fp) if self.fp is not None else iter(())


class ContentTooShortError(URLError):
    """urlretrieve() got less data than the Content-Length promised."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
