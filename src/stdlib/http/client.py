"""HTTP client: HTTPConnection/HTTPSConnection, HTTPResponse and HTTPMessage headers.

The bytes move through pygil's native HTTP core (Node's http/https): a request parks only
the calling thread while it waits for the server, as CPython's sockets release the GIL.
"""

import _pygil_http
import socket as _socket
from http._status import responses

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPSConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses", "HTTPMessage"]

HTTP_PORT = 80
HTTPS_PORT = 443
# the longest status or header line read (LineTooLong names it)
_LONGEST_LINE = 65536


# -- exceptions ----------------------------------------------------------------------------
# The tree, from the documentation: HTTPException at the root (also called `error`), the
# connection-state errors under ImproperConnectionState, and RemoteDisconnected both a
# ConnectionResetError and a BadStatusLine.

class HTTPException(Exception):
    pass


error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class UnknownProtocol(HTTPException):
    """The status line named an HTTP version this client does not speak."""

    def __init__(self, version):
        super().__init__(version)
        self.version = version


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what arrived, expected how much more was due."""

    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return f'{type(self).__name__}({len(self.partial)} bytes read{more})'

    # str() is the repr, not the bytes that arrived
    __str__ = object.__str__


class BadStatusLine(HTTPException):
    """The server's status line could not be parsed (an empty one is shown as its repr)."""

    def __init__(self, line):
        shown = line or repr(line)
        super().__init__(shown)
        self.line = shown


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__(f"got more than {_LONGEST_LINE} bytes when reading {line_type}")


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection without sending a response."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


class HTTPMessage:
    """Response or request headers: case-insensitive names, repeated headers kept in order."""

    def __init__(self, headers=()):
        self._headers = list(headers)

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._headers)

    def __iter__(self):
        for k, _ in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def add_header(self, name, value):
        self._headers.append((name, value))

    def replace_header(self, name, value):
        lname = name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = (k, value)
                return
        raise KeyError(name)

    def _params(self, header):
        value = self.get(header)
        if value is None:
            return None, {}
        parts = value.split(';')
        main = parts[0].strip()
        params = {}
        for p in parts[1:]:
            if '=' in p:
                k, _, v = p.partition('=')
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                params[k.strip().lower()] = v
        return main, params

    def get_content_type(self):
        main, _ = self._params('content-type')
        if not main or main.count('/') != 1:
            return 'text/plain'
        return main.lower()

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        _, params = self._params(header)
        return params.get(param.lower(), failobj)

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        return self.get_param('filename', failobj, 'content-disposition')

    def as_string(self):
        return ''.join(f'{k}: {v}\n' for k, v in self._headers) + '\n'

    __str__ = as_string

    def __repr__(self):
        return f'<http.client.HTTPMessage object at {hex(id(self))}>'


class HTTPResponse:
    """A response: status, reason, headers, and the body read as it arrives."""

    def __init__(self, handle, method='GET', url=None):
        self._handle = handle
        self._method = method
        self.status = handle.status
        self.reason = handle.reason
        self.version = handle.version
        self.headers = self.msg = HTTPMessage(handle.headers)
        self.url = url
        self.debuglevel = 0
        self.will_close = True
        self.chunked = 'chunked' in (self.headers.get('transfer-encoding') or '').lower()
        length = self.headers.get('content-length')
        try:
            self.length = int(length) if length is not None and not self.chunked else None
        except ValueError:
            self.length = None
        self._buffer = b''
        self._closed = False
        if method == 'HEAD' or self.status in (204, 304) or 100 <= self.status < 200:
            self.length = 0

    @property
    def code(self):
        return self.status

    @property
    def closed(self):
        return self._closed

    def isclosed(self):
        return self._closed

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def info(self):
        return self.headers

    def getheader(self, name, default=None):
        values = self.headers.get_all(name)
        return default if values is None else ', '.join(values)

    def getheaders(self):
        return self.headers.items()

    def _raw(self, amt):
        if self._closed:
            return b''
        data = self._handle.read(amt)
        if self.length is not None:
            self.length = max(0, self.length - len(data))
        return data

    def read(self, amt=None):
        if self._closed:
            return b''
        if amt is not None and amt >= 0:
            if len(self._buffer) >= amt:
                data, self._buffer = self._buffer[:amt], self._buffer[amt:]
                return data
            data = self._buffer + self._raw(amt - len(self._buffer))
            self._buffer = b''
            if not data and amt:
                self._close_conn()
            return data
        data = self._buffer + self._raw(-1)
        self._buffer = b''
        self._close_conn()
        return data

    def read1(self, n=-1):
        if self._buffer:
            if n is None or n < 0:
                data, self._buffer = self._buffer, b''
            else:
                data, self._buffer = self._buffer[:n], self._buffer[n:]
            return data
        if self._closed:
            return b''
        data = self._handle.read1(-1 if n is None else n)
        if self.length is not None:
            self.length = max(0, self.length - len(data))
        return data

    def peek(self, n=-1):
        if not self._buffer and not self._closed:
            self._buffer = self._handle.read1(-1)
        return self._buffer

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        while b'\n' not in self._buffer and (limit is None or limit < 0 or len(self._buffer) < limit):
            if self._closed:
                break
            chunk = self._handle.read1(-1)
            if not chunk:
                break
            self._buffer += chunk
        i = self._buffer.find(b'\n')
        end = len(self._buffer) if i < 0 else i + 1
        if limit is not None and limit >= 0:
            end = min(end, limit)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _close_conn(self):
        if not self._closed:
            self._closed = True
            self._handle.close()

    def close(self):
        self._close_conn()

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        raise OSError('fileno')

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f'<http.client.HTTPResponse object at {hex(id(self))}>'


class HTTPConnection:
    """One connection to an HTTP server: request() then getresponse()."""

    default_port = HTTP_PORT
    _scheme = 'http'
    response_class = HTTPResponse
    debuglevel = 0

    def __init__(self, host, port=None, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.host, self.port = self._get_hostport(host, port)
        self._pending = None
        self._response = None
        self._buffer = []
        self._method = None
        self._url = None

    def _get_hostport(self, host, port):
        """(host, port) from the host argument, which may end in ':port' and may be an
        IPv6 address in brackets; no port at all means the default one."""
        if port is None:
            # a ':' after the last ']' starts a port
            head, colon, tail = host.rpartition(':')
            if colon and ']' not in tail:
                try:
                    port = int(tail)
                except ValueError:
                    if tail:
                        raise InvalidURL(f"nonnumeric port: '{tail}'") from None
                    port = self.default_port
                host = head
            else:
                port = self.default_port
        if host.startswith('[') and host.endswith(']'):
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise NotImplementedError("pygil: HTTP proxies/tunnels are not supported")

    def connect(self):
        pass

    def close(self):
        if self._response is not None:
            self._response.close()
            self._response = None

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._pending is not None:
            raise CannotSendRequest('Request-sent')
        self._method = method
        self._url = url or '/'
        self._buffer = []
        if not skip_host:
            netloc = self.host
            if ':' in netloc:
                netloc = '[' + netloc + ']'
            if self.port != self.default_port:
                netloc = '%s:%s' % (netloc, self.port)
            self._buffer.append(('Host', netloc))
        if not skip_accept_encoding:
            self._buffer.append(('Accept-Encoding', 'identity'))
        self._pending = True

    def putheader(self, header, *values):
        if self._pending is None:
            raise CannotSendHeader()
        values = [str(v) if not isinstance(v, (str, bytes)) else v for v in values]
        values = [v.decode('latin-1') if isinstance(v, bytes) else v for v in values]
        self._buffer.append((header.decode('ascii') if isinstance(header, bytes) else header,
                             '\r\n\t'.join(values)))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self._pending is None:
            raise CannotSendHeader()
        self._body = message_body
        self._send()

    def _timeouts(self):
        t = self.timeout
        if t is _socket._GLOBAL_DEFAULT_TIMEOUT:
            t = _socket.getdefaulttimeout()
        return t, t

    def _send(self):
        body = self._body
        if isinstance(body, str):
            try:
                body = body.encode('iso-8859-1')
            except UnicodeEncodeError as err:
                # HTTP bodies given as str must be Latin-1; say how to send UTF-8 instead
                reason = ("Body (%.20r) is not valid Latin-1. Use body.encode('utf-8') "
                          "if you want to send it encoded in UTF-8."
                          % body[err.start:err.end])
                raise UnicodeEncodeError(err.encoding, err.object, err.start, err.end,
                                         reason) from None
        elif body is not None and not isinstance(body, (bytes, bytearray)):
            if hasattr(body, 'read'):
                chunks = []
                while True:
                    data = body.read(8192)
                    if not data:
                        break
                    chunks.append(data.encode('iso-8859-1') if isinstance(data, str) else data)
                body = b''.join(chunks)
            else:
                body = b''.join(x.encode('iso-8859-1') if isinstance(x, str) else bytes(x) for x in body)
        connect_timeout, read_timeout = self._timeouts()
        self._pending = None
        handle = _pygil_http.request(self._method, self._scheme, self.host, self.port, self._url,
                                     self._buffer, None if body is None else bytes(body),
                                     connect_timeout, read_timeout, False, True)
        self._response = self.response_class(handle, self._method)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        names = {k.lower() for k in headers}
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if body is None:
                if method.upper() in ('PATCH', 'POST', 'PUT'):
                    self.putheader('Content-Length', '0')
            elif isinstance(body, (bytes, bytearray, str)):
                length = len(body.encode('iso-8859-1', 'replace')) if isinstance(body, str) else len(body)
                self.putheader('Content-Length', str(length))
        for k, v in headers.items():
            self.putheader(k, v)
        self.endheaders(body)

    def getresponse(self):
        if self._response is None:
            raise ResponseNotReady('Idle')
        response, self._response = self._response, None
        return response


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT
    _scheme = 'https'

    def __init__(self, host, port=None, *, timeout=_socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, context=None, blocksize=8192, **kwargs):
        super().__init__(host, port, timeout, source_address, blocksize)
        self._context = context
