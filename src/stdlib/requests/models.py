"""Request, PreparedRequest and Response, with requests' behaviour: URL checks and their
messages, params merged into the query, form/JSON/multipart bodies, and a Response that
reads its body lazily (stream=True) or at once, decodes text by the declared charset, and
parses JSON."""

import json as complexjson
import os
from urllib.parse import urlencode, urlsplit, urlunparse

from .structures import CaseInsensitiveDict
from .status_codes import codes
from .cookies import RequestsCookieJar, cookiejar_from_dict
from .auth import HTTPBasicAuth
from .exceptions import (
    HTTPError, MissingSchema, InvalidURL, ChunkedEncodingError, ContentDecodingError,
    ConnectionError, StreamConsumedError, InvalidJSONError,
)
from .exceptions import JSONDecodeError as RequestsJSONDecodeError
from .utils import (
    guess_json_utf, requote_uri, iter_slices, stream_decode_response_unicode,
    to_key_val_list, super_len, check_header_validity, unicode_is_ascii,
    parse_header_links, get_auth_from_url,
)

REDIRECT_STATI = (
    codes.moved,               # 301
    codes.found,               # 302
    codes.other,               # 303
    codes.temporary_redirect,  # 307
    codes.permanent_redirect,  # 308
)

DEFAULT_REDIRECT_LIMIT = 30
CONTENT_CHUNK_SIZE = 10 * 1024
ITER_CHUNK_SIZE = 512


def _parse_url(url):
    """(scheme, auth, host, port, path, query, fragment) of a URL, as urllib3 splits it."""
    scheme = None
    rest = url
    i = url.find('://')
    if i > 0 and url[:i].replace('+', '').replace('-', '').replace('.', '').isalnum() and url[0].isalpha():
        scheme = url[:i].lower()
        rest = url[i + 3:]
    elif url.startswith('//'):
        rest = url[2:]
    fragment = None
    if '#' in rest:
        rest, fragment = rest.split('#', 1)
    query = None
    if '?' in rest:
        rest, query = rest.split('?', 1)
    slash = rest.find('/')
    if slash >= 0:
        authority, path = rest[:slash], rest[slash:]
    else:
        authority, path = rest, ''
    auth = None
    if '@' in authority:
        auth, _, authority = authority.rpartition('@')
    host = authority
    port = None
    if authority.startswith('['):
        end = authority.find(']')
        if end < 0:
            raise InvalidURL(f"Failed to parse: {url}")
        host = authority[:end + 1]
        after = authority[end + 1:]
        if after.startswith(':') and after[1:]:
            port = after[1:]
    elif ':' in authority:
        host, _, port = authority.rpartition(':')
        if port == '':
            port = None
    if port is not None:
        if not port.isdigit():
            raise InvalidURL(f"Failed to parse: {url}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise InvalidURL(f"Failed to parse: {url}")
    if host:
        host = host.lower()
    return scheme, auth, host or None, port, path or None, query, fragment


class RequestEncodingMixin:
    @property
    def path_url(self):
        """The path and query of the URL (what goes on the request line)."""
        url = []
        p = urlsplit(self.url)
        path = p.path
        if not path:
            path = "/"
        url.append(path)
        query = p.query
        if query:
            url.append("?")
            url.append(query)
        return "".join(url)

    @staticmethod
    def _encode_params(data):
        """Form-encode a dict or a list of pairs; strings and files pass through."""
        if isinstance(data, (str, bytes)):
            return data
        elif hasattr(data, "read"):
            return data
        elif hasattr(data, "__iter__"):
            result = []
            for k, vs in to_key_val_list(data):
                if isinstance(vs, (str, bytes)) or not hasattr(vs, "__iter__"):
                    vs = [vs]
                for v in vs:
                    if v is not None:
                        result.append(
                            (k.encode("utf-8") if isinstance(k, str) else k,
                             v.encode("utf-8") if isinstance(v, str) else v))
            return urlencode(result, doseq=True)
        else:
            return data

    @staticmethod
    def _encode_files(files, data):
        """A multipart/form-data body for `files` (and the `data` fields)."""
        if not files:
            raise ValueError("Files must be provided.")
        elif isinstance(data, (str, bytes)):
            raise ValueError("Data must not be a string.")
        fields = []
        for field, val in to_key_val_list(data or {}):
            if isinstance(val, (str, bytes)) or not hasattr(val, "__iter__"):
                val = [val]
            for v in val:
                if v is not None:
                    if not isinstance(v, bytes):
                        v = str(v)
                    fields.append((field, None, v, None))
        for k, v in to_key_val_list(files):
            ft = None
            if isinstance(v, (tuple, list)):
                if len(v) == 2:
                    fn, fp = v
                elif len(v) == 3:
                    fn, fp, ft = v
                else:
                    fn, fp, ft, _fh = v
            else:
                fn = getattr(v, 'name', None) or k
                if isinstance(fn, str):
                    fn = os.path.basename(fn)
                fp = v
            if isinstance(fp, (str, bytes, bytearray)):
                fdata = fp
            elif hasattr(fp, "read"):
                fdata = fp.read()
            elif fp is None:
                continue
            else:
                fdata = fp
            fields.append((k, fn, fdata, ft))
        boundary = os.urandom(16).hex()
        parts = []
        for name, filename, value, ctype in fields:
            disp = f'form-data; name="{name}"'
            if filename is not None:
                disp += f'; filename="{filename}"'
            head = f'--{boundary}\r\nContent-Disposition: {disp}\r\n'
            if ctype:
                head += f'Content-Type: {ctype}\r\n'
            head += '\r\n'
            if isinstance(value, str):
                value = value.encode('utf-8')
            parts.append(head.encode('utf-8') + bytes(value) + b'\r\n')
        body = b''.join(parts) + f'--{boundary}--\r\n'.encode('utf-8')
        content_type = f'multipart/form-data; boundary={boundary}'
        return body, content_type


class RequestHooksMixin:
    def register_hook(self, event, hook):
        if event not in self.hooks:
            raise ValueError(f'Unsupported event specified, with event name "{event}"')
        if callable(hook):
            self.hooks[event].append(hook)
        elif hasattr(hook, "__iter__"):
            self.hooks[event].extend(h for h in hook if callable(h))

    def deregister_hook(self, event, hook):
        try:
            self.hooks[event].remove(hook)
            return True
        except ValueError:
            return False


def default_hooks():
    return {"response": []}


def dispatch_hook(key, hooks, hook_data, **kwargs):
    hooks = hooks or {}
    hooks = hooks.get(key)
    if hooks:
        if hasattr(hooks, "__call__"):
            hooks = [hooks]
        for hook in hooks:
            _hook_data = hook(hook_data, **kwargs)
            if _hook_data is not None:
                hook_data = _hook_data
    return hook_data


class Request(RequestHooksMixin):
    """A user-created request, turned into a PreparedRequest before it is sent."""

    def __init__(self, method=None, url=None, headers=None, files=None, data=None,
                 params=None, auth=None, cookies=None, hooks=None, json=None):
        data = [] if data is None else data
        files = [] if files is None else files
        headers = {} if headers is None else headers
        params = {} if params is None else params
        hooks = {} if hooks is None else hooks
        self.hooks = default_hooks()
        for k, v in list(hooks.items()):
            self.register_hook(event=k, hook=v)
        self.method = method
        self.url = url
        self.headers = headers
        self.files = files
        self.data = data
        self.json = json
        self.params = params
        self.auth = auth
        self.cookies = cookies

    def __repr__(self):
        return f"<Request [{self.method}]>"

    def prepare(self):
        p = PreparedRequest()
        p.prepare(method=self.method, url=self.url, headers=self.headers, files=self.files,
                  data=self.data, json=self.json, params=self.params, auth=self.auth,
                  cookies=self.cookies, hooks=self.hooks)
        return p


class PreparedRequest(RequestEncodingMixin, RequestHooksMixin):
    """The exact bytes to send: method, URL, headers and body."""

    def __init__(self):
        self.method = None
        self.url = None
        self.headers = None
        self._cookies = None
        self.body = None
        self.hooks = default_hooks()
        self._body_position = None

    def prepare(self, method=None, url=None, headers=None, files=None, data=None,
                params=None, auth=None, cookies=None, hooks=None, json=None):
        self.prepare_method(method)
        self.prepare_url(url, params)
        self.prepare_headers(headers)
        self.prepare_cookies(cookies)
        self.prepare_body(data, files, json)
        self.prepare_auth(auth, url)
        self.prepare_hooks(hooks)

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"

    def copy(self):
        p = PreparedRequest()
        p.method = self.method
        p.url = self.url
        p.headers = self.headers.copy() if self.headers is not None else None
        p._cookies = self._cookies.copy() if self._cookies is not None else None
        p.body = self.body
        p.hooks = self.hooks
        p._body_position = self._body_position
        return p

    def prepare_method(self, method):
        self.method = method
        if self.method is not None:
            self.method = self.method.upper() if isinstance(self.method, str) else self.method.decode().upper()

    def prepare_url(self, url, params):
        if isinstance(url, bytes):
            url = url.decode("utf8")
        else:
            url = str(url)
        url = url.lstrip()
        # non-HTTP schemes (mailto:, data:, ftp: …) are kept as they are
        if ":" in url and not url.lower().startswith("http"):
            self.url = url
            return
        scheme, auth, host, port, path, query, fragment = _parse_url(url)
        if not scheme:
            raise MissingSchema(
                f"Invalid URL {url!r}: No scheme supplied. "
                f"Perhaps you meant https://{url}?")
        if not host:
            raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
        if not unicode_is_ascii(host):
            raise InvalidURL("URL has an invalid label.")
        elif host.startswith(("*", ".")):
            raise InvalidURL("URL has an invalid label.")
        netloc = auth or ""
        if netloc:
            netloc += "@"
        netloc += host
        if port:
            netloc += f":{port}"
        if not path:
            path = "/"
        if isinstance(params, bytes):
            params = params.decode("ascii")
        enc_params = self._encode_params(params)
        if enc_params:
            if query:
                query = f"{query}&{enc_params}"
            else:
                query = enc_params
        url = requote_uri(urlunparse([scheme, netloc, path, None, query, fragment]))
        self.url = url

    def prepare_headers(self, headers):
        self.headers = CaseInsensitiveDict()
        if headers:
            for header in headers.items():
                check_header_validity(header)
                name, value = header
                self.headers[name if isinstance(name, str) else name.decode()] = value

    def prepare_body(self, data, files, json=None):
        body = None
        content_type = None
        if not data and json is not None:
            content_type = "application/json"
            try:
                body = complexjson.dumps(json, allow_nan=False)
            except ValueError as ve:
                raise InvalidJSONError(ve, request=self)
            if not isinstance(body, bytes):
                body = body.encode("utf-8")
        is_stream = (hasattr(data, "__iter__") and not isinstance(data, (str, bytes, list, tuple, dict))
                     and not hasattr(data, "items"))
        if is_stream:
            if hasattr(data, "read"):
                body = data
            else:
                body = b"".join(x.encode("utf-8") if isinstance(x, str) else bytes(x) for x in data)
            if files:
                raise NotImplementedError("Streamed bodies and files are mutually exclusive.")
            length = super_len(body)
            if length:
                self.headers["Content-Length"] = str(length)
            else:
                self.headers["Transfer-Encoding"] = "chunked"
        else:
            if files:
                (body, content_type) = self._encode_files(files, data)
            else:
                if data:
                    body = self._encode_params(data)
                    if isinstance(data, (str, bytes)) or hasattr(data, "read"):
                        content_type = None
                    else:
                        content_type = "application/x-www-form-urlencoded"
            self.prepare_content_length(body)
            if content_type and ("content-type" not in self.headers):
                self.headers["Content-Type"] = content_type
        self.body = body

    def prepare_content_length(self, body):
        if body is not None:
            length = super_len(body)
            if length:
                self.headers["Content-Length"] = str(length)
        elif (self.method not in ("GET", "HEAD")) and (self.headers.get("Content-Length") is None):
            self.headers["Content-Length"] = "0"

    def prepare_auth(self, auth, url=""):
        if auth is None:
            url_auth = get_auth_from_url(self.url)
            auth = url_auth if any(url_auth) else None
        if auth:
            if isinstance(auth, tuple) and len(auth) == 2:
                auth = HTTPBasicAuth(*auth)
            r = auth(self)
            self.__dict__.update(r.__dict__)
            self.prepare_content_length(self.body)

    def prepare_cookies(self, cookies):
        if isinstance(cookies, RequestsCookieJar):
            self._cookies = cookies
        else:
            self._cookies = cookiejar_from_dict(cookies)
        if self._cookies and "Cookie" not in self.headers:
            self.headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self._cookies.items())

    def prepare_hooks(self, hooks):
        hooks = hooks or []
        for event in hooks:
            self.register_hook(event, hooks[event])


class Response:
    """The server's answer to a request."""

    __attrs__ = ["_content", "status_code", "headers", "url", "history", "encoding",
                 "reason", "cookies", "elapsed", "request"]

    def __init__(self):
        self._content = False
        self._content_consumed = False
        self._next = None
        self.status_code = None
        self.headers = CaseInsensitiveDict()
        self.raw = None
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.cookies = cookiejar_from_dict({})
        self.elapsed = None
        self.request = None
        self.connection = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __nonzero__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        """True unless the status is 4xx or 5xx."""
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def is_redirect(self):
        return "location" in self.headers and self.status_code in REDIRECT_STATI

    @property
    def is_permanent_redirect(self):
        return "location" in self.headers and self.status_code in (
            codes.moved_permanently, codes.permanent_redirect)

    @property
    def next(self):
        return self._next

    @property
    def apparent_encoding(self):
        """A guess at the body's encoding: utf-8 when it decodes as UTF-8, else latin-1."""
        content = self.content or b""
        try:
            content.decode("ascii")
            return "ascii"
        except UnicodeDecodeError:
            pass
        try:
            content.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return "ISO-8859-1"

    def iter_content(self, chunk_size=1, decode_unicode=False):
        """The body in pieces of chunk_size bytes (as they arrive, with stream=True)."""

        def generate():
            raw = self.raw
            while True:
                try:
                    chunk = raw.read(chunk_size) if chunk_size is not None else raw.read1(-1)
                except OSError as e:
                    kind = getattr(e, '_pygil_kind', None)
                    if kind == 'decode':
                        raise ContentDecodingError(e)
                    if kind == 'timeout':
                        raise ConnectionError(e)
                    raise ChunkedEncodingError(e)
                if not chunk:
                    break
                yield chunk
            self._content_consumed = True

        if self._content_consumed and isinstance(self._content, bool):
            raise StreamConsumedError()
        elif chunk_size is not None and not isinstance(chunk_size, int):
            raise TypeError(f"chunk_size must be an int, it is instead a {type(chunk_size)}.")
        reused_chunks = iter_slices(self._content, chunk_size)
        stream_chunks = generate()
        chunks = reused_chunks if self._content_consumed else stream_chunks
        if decode_unicode:
            chunks = stream_decode_response_unicode(chunks, self)
        return chunks

    def iter_lines(self, chunk_size=ITER_CHUNK_SIZE, decode_unicode=False, delimiter=None):
        """The body line by line (without line endings), as it arrives."""
        pending = None
        for chunk in self.iter_content(chunk_size=chunk_size, decode_unicode=decode_unicode):
            if pending is not None:
                chunk = pending + chunk
            if delimiter:
                lines = chunk.split(delimiter)
            else:
                lines = chunk.splitlines()
            if lines and lines[-1] and chunk and lines[-1][-1] == chunk[-1]:
                pending = lines.pop()
            else:
                pending = None
            yield from lines
        if pending is not None:
            yield pending

    @property
    def content(self):
        """The whole body, as bytes."""
        if self._content is False:
            if self._content_consumed:
                raise RuntimeError("The content for this response was already consumed")
            if self.status_code == 0 or self.raw is None:
                self._content = None
            else:
                self._content = b"".join(self.iter_content(CONTENT_CHUNK_SIZE)) or b""
        self._content_consumed = True
        return self._content

    @property
    def text(self):
        """The body as str, decoded with `encoding` (or a guess when there is none)."""
        content = None
        encoding = self.encoding
        if not self.content:
            return ""
        if self.encoding is None:
            encoding = self.apparent_encoding
        try:
            content = str(self.content, encoding, errors="replace")
        except (LookupError, TypeError):
            content = str(self.content, errors="replace")
        return content

    def json(self, **kwargs):
        """The body parsed as JSON; requests.exceptions.JSONDecodeError when it isn't."""
        if not self.encoding and self.content and len(self.content) > 3:
            encoding = guess_json_utf(self.content)
            if encoding is not None:
                try:
                    return complexjson.loads(self.content.decode(encoding), **kwargs)
                except UnicodeDecodeError:
                    pass
                except complexjson.JSONDecodeError as e:
                    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)
        try:
            return complexjson.loads(self.text, **kwargs)
        except complexjson.JSONDecodeError as e:
            raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)

    @property
    def links(self):
        header = self.headers.get("link")
        resolved_links = {}
        if header:
            links = parse_header_links(header)
            for link in links:
                key = link.get("rel") or link.get("url")
                resolved_links[key] = link
        return resolved_links

    def raise_for_status(self):
        """Raise HTTPError for a 4xx or 5xx status."""
        http_error_msg = ""
        if isinstance(self.reason, bytes):
            try:
                reason = self.reason.decode("utf-8")
            except UnicodeDecodeError:
                reason = self.reason.decode("iso-8859-1")
        else:
            reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = f"{self.status_code} Client Error: {reason} for url: {self.url}"
        elif 500 <= self.status_code < 600:
            http_error_msg = f"{self.status_code} Server Error: {reason} for url: {self.url}"
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        if not self._content_consumed and self.raw is not None:
            self.raw.close()
        release_conn = getattr(self.raw, "release_conn", None)
        if release_conn is not None:
            release_conn()
