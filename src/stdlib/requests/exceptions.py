"""The exceptions of pygil's requests-compatible module, with requests' class tree and
messages, so `except requests.exceptions.Timeout:` and tracebacks read as with requests."""

from json import JSONDecodeError as CompatJSONDecodeError


class RequestException(IOError):
    """Base of every error raised while sending a request or reading its response.

    `request` and `response` are attached when known.
    """

    def __init__(self, *args, **kwargs):
        response = kwargs.pop("response", None)
        self.response = response
        self.request = kwargs.pop("request", None)
        if response is not None and not self.request and hasattr(response, "request"):
            self.request = self.response.request
        # OSError's own __init__ (not the next class in a multiple-inheritance MRO)
        IOError.__init__(self, *args, **kwargs)


class InvalidJSONError(RequestException):
    """The body to send as JSON could not be encoded."""


class JSONDecodeError(InvalidJSONError, CompatJSONDecodeError):
    """Response.json() found no valid JSON (also a json.JSONDecodeError)."""

    def __init__(self, *args, **kwargs):
        CompatJSONDecodeError.__init__(self, *args)
        InvalidJSONError.__init__(self, *self.args, **kwargs)


class HTTPError(RequestException):
    """raise_for_status() found a 4xx or 5xx status."""


class ConnectionError(RequestException):
    """The server could not be reached, or dropped the connection."""


class ProxyError(ConnectionError):
    """The proxy could not be reached."""


class SSLError(ConnectionError):
    """The TLS handshake or certificate check failed."""


class Timeout(RequestException):
    """A timeout expired (ConnectTimeout or ReadTimeout)."""


class ConnectTimeout(ConnectionError, Timeout):
    """Connecting took longer than the connect timeout (safe to retry)."""


class ReadTimeout(Timeout):
    """The server sent nothing for longer than the read timeout."""


class URLRequired(RequestException):
    """No URL was given."""


class TooManyRedirects(RequestException):
    """More redirects than Session.max_redirects."""


class MissingSchema(RequestException, ValueError):
    """The URL has no scheme (http:// or https://)."""


class InvalidSchema(RequestException, ValueError):
    """The URL's scheme has no connection adapter."""


class InvalidURL(RequestException, ValueError):
    """The URL can't be used (no host, bad label, bad escape …)."""


class InvalidHeader(RequestException, ValueError):
    """A header name or value is not valid."""


class InvalidProxyURL(InvalidURL):
    """The proxy URL can't be used."""


class ChunkedEncodingError(RequestException):
    """The body's chunked encoding was broken."""


class ContentDecodingError(RequestException):
    """The body's content-encoding (gzip, deflate) could not be decoded."""


class StreamConsumedError(RequestException, TypeError):
    """The body of a streamed response was already read."""


class RetryError(RequestException):
    """Retries were exhausted."""


class UnrewindableBodyError(RequestException):
    """A body could not be rewound for a redirect."""


class RequestsWarning(Warning):
    """Base of requests' warnings."""


class FileModeWarning(RequestsWarning, DeprecationWarning):
    """A file opened in text mode was given as a body."""


class RequestsDependencyWarning(RequestsWarning):
    """A dependency has an unexpected version."""
