"""Transport adapters: HTTPAdapter sends a PreparedRequest through pygil's native HTTP core
(Node's http/https) and builds the Response. Network failures become requests' exceptions
with the messages requests (over urllib3) prints."""

import _pygil_http
from urllib.parse import urlsplit

from .models import Response
from .structures import CaseInsensitiveDict
from .utils import get_encoding_from_headers
from .cookies import extract_set_cookies
from .exceptions import (ConnectionError, ConnectTimeout, ReadTimeout, SSLError,
                         InvalidURL, InvalidSchema, InvalidHeader)

DEFAULT_POOLBLOCK = False
DEFAULT_POOLSIZE = 10
DEFAULT_RETRIES = 0
DEFAULT_POOL_TIMEOUT = None


class RawResponse:
    """What Response.raw is: the body stream (read(n), read1, stream(n)), status and headers."""

    def __init__(self, handle, url):
        self._handle = handle
        self.status = handle.status
        self.reason = handle.reason
        self.version = handle.version
        self.headers_list = handle.headers
        self.url = url
        self.decode_content = True
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def read(self, amt=None, decode_content=None, cache_content=False):
        if self._closed:
            return b""
        return self._handle.read(-1 if amt is None else amt)

    def read1(self, amt=-1):
        if self._closed:
            return b""
        return self._handle.read1(-1 if amt is None else amt)

    def stream(self, amt=2 ** 16, decode_content=None):
        while True:
            data = self.read(amt)
            if not data:
                break
            yield data

    def readable(self):
        return True

    def close(self):
        if not self._closed:
            self._closed = True
            self._handle.close()

    def release_conn(self):
        pass

    def getheaders(self):
        return _join_headers(self.headers_list)

    def __iter__(self):
        return self.stream(ITER_LINE)


ITER_LINE = 8192


def _join_headers(pairs):
    """Header pairs as one CaseInsensitiveDict; repeated names joined with ', '."""
    headers = CaseInsensitiveDict()
    for name, value in pairs:
        if name in headers:
            headers[name] = headers[name] + ", " + value
        else:
            headers[name] = value
    return headers


class BaseAdapter:
    """The interface of transport adapters."""

    def __init__(self):
        super().__init__()

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError


class HTTPAdapter(BaseAdapter):
    """Sends HTTP and HTTPS requests."""

    __attrs__ = ["max_retries", "config", "_pool_connections", "_pool_maxsize", "_pool_block"]

    def __init__(self, pool_connections=DEFAULT_POOLSIZE, pool_maxsize=DEFAULT_POOLSIZE,
                 max_retries=DEFAULT_RETRIES, pool_block=DEFAULT_POOLBLOCK):
        self.max_retries = max_retries
        self.config = {}
        self.proxy_manager = {}
        super().__init__()
        self._pool_connections = pool_connections
        self._pool_maxsize = pool_maxsize
        self._pool_block = pool_block

    def close(self):
        pass

    def build_response(self, req, resp):
        response = Response()
        response.status_code = getattr(resp, "status", None)
        response.headers = _join_headers(resp.headers_list)
        response.encoding = get_encoding_from_headers(response.headers)
        response.raw = resp
        response.reason = resp.reason
        if isinstance(req.url, bytes):
            response.url = req.url.decode("utf-8")
        else:
            response.url = req.url
        extract_set_cookies([v for k, v in resp.headers_list if k.lower() == 'set-cookie'],
                            response.cookies)
        response.request = req
        response.connection = self
        return response

    @staticmethod
    def _timeouts(timeout):
        if isinstance(timeout, tuple):
            try:
                connect, read = timeout
            except ValueError:
                raise ValueError(
                    f"Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, "
                    f"or a single float to set both timeouts to the same value.")
            return connect, read
        return timeout, timeout

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        parts = urlsplit(request.url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise InvalidSchema(f"No connection adapters were found for {request.url!r}")
        host = parts.hostname
        try:
            port = parts.port
        except ValueError as e:
            raise InvalidURL(str(e), request=request)
        default_port = 443 if scheme == "https" else 80
        pool = "HTTPSConnectionPool" if scheme == "https" else "HTTPConnectionPool"
        conn = "HTTPSConnection" if scheme == "https" else "HTTPConnection"
        shown_port = port or default_port
        path = request.path_url
        connect_timeout, read_timeout = self._timeouts(timeout)
        for t in (connect_timeout, read_timeout):
            if t is not None and not isinstance(t, (int, float)):
                raise ValueError(f"Timeout value connect was {t}, but it must be an int, float or None.")
        headers = []
        for name, value in request.headers.items():
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            headers.append((name, str(value)))
        body = request.body
        if isinstance(body, str):
            try:
                body = body.encode("iso-8859-1")
            except UnicodeEncodeError as err:
                raise UnicodeEncodeError(
                    err.encoding, err.object, err.start, err.end,
                    "Body (%.20r) is not valid Latin-1. Use body.encode('utf-8') "
                    "if you want to send it encoded in UTF-8." % (body[err.start:err.end],)) from None
        elif body is not None and hasattr(body, "read"):
            data = body.read()
            body = data.encode("utf-8") if isinstance(data, str) else data
        if body is not None:
            body = bytes(body)
        verify_tls = verify is not False
        try:
            handle = _pygil_http.request(request.method, scheme, host, port, path, headers, body,
                                         connect_timeout, read_timeout, True, verify_tls)
        except OSError as err:
            phase = getattr(err, "_pygil_phase", "connect")
            kind = getattr(err, "_pygil_kind", None)
            where = f"{pool}(host={host!r}, port={shown_port})"
            conn_repr = f"{conn}(host={host!r}, port={shown_port})"
            if kind == "timeout":
                if phase == "connect":
                    raise ConnectTimeout(
                        f"{where}: Max retries exceeded with url: {path} (Caused by ConnectTimeoutError("
                        f"{conn_repr}, "
                        f"'Connection to {host} timed out. (connect timeout={connect_timeout})'))",
                        request=request) from None
                raise ReadTimeout(f"{where}: Read timed out. (read timeout={read_timeout})",
                                  request=request) from None
            if kind == "remote_disconnected":
                raise ConnectionError(
                    "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
                    request=request) from None
            if kind == "ssl":
                raise SSLError(
                    f"{where}: Max retries exceeded with url: {path} (Caused by SSLError("
                    f"SSLCertVerificationError(1, {str(err)!r})))", request=request) from None
            if kind == "dns":
                raise ConnectionError(
                    f"{where}: Max retries exceeded with url: {path} (Caused by NameResolutionError("
                    f"\"{conn_repr}: Failed to resolve '{host}' ({err})\"))", request=request) from None
            if phase == "connect":
                raise ConnectionError(
                    f"{where}: Max retries exceeded with url: {path} (Caused by NewConnectionError("
                    f"\"{conn_repr}: Failed to establish a new connection: {err}\"))",
                    request=request) from None
            raise ConnectionError(f"('Connection aborted.', {err!r})", request=request) from None
        except ValueError as err:
            if getattr(err, "_pygil_kind", None) == "invalid":
                raise InvalidURL(str(err), request=request) from None
            raise
        return self.build_response(request, RawResponse(handle, request.url))
