"""Open URLs: urlopen() with a URL or a Request, redirects, HTTP errors as HTTPError,
urlretrieve(), and the opener/handler API in a compact form.

HTTP and HTTPS go through pygil's native HTTP core: a thread waiting for a server parks
alone while the others run, as under CPython's GIL. file: and data: URLs are read locally.
"""

import os
import sys
import socket
import http.client
from urllib.parse import (urlparse, urlunparse, urljoin, unwrap, quote, unquote,
                          _splittag, _splittype, _splithost)
from urllib.error import URLError, HTTPError, ContentTooShortError

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler', 'HTTPHandler',
    'HTTPSHandler', 'FileHandler', 'DataHandler', 'HTTPErrorProcessor',
    'UnknownHandler', 'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
    'HTTPBasicAuthHandler', 'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
]

__version__ = '%d.%d' % sys.version_info[:2]

_PUNCTUATION = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *,
            cafile=None, capath=None, cadefault=False, context=None):
    """Open the URL `url` (a string or a Request) and return a response object.

    For HTTP(S) the response is an http.client.HTTPResponse with status, reason, headers,
    getheader(), read() and iteration by line; it is a context manager.
    """
    global _opener
    if context is not None:
        opener = build_opener(HTTPSHandler(context=context))
    elif _opener is None:
        _opener = opener = build_opener()
    else:
        opener = _opener
    return opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy the object at a URL into a local file; return (filename, headers)."""
    url_type, path = _splittype(url)
    response = urlopen(url, data)
    try:
        headers = response.info()
        # a local file can already be read where it is: give its path, copy nothing
        if url_type == "file" and not filename:
            return os.path.normpath(url2pathname(path)), headers
        if filename:
            target = open(filename, 'wb')
        else:
            import tempfile
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _url_tempfiles.append(filename)  # removed again by urlcleanup()
        with target:
            result = filename, headers
            block_size = 8 * 1024
            # the hook is told -1 when the server gave no length
            expected = int(headers["Content-Length"]) if "content-length" in headers else -1
            received = 0
            blocks_done = 0
            if reporthook:
                reporthook(blocks_done, block_size, expected)
            chunk = response.read(block_size)
            while chunk:
                target.write(chunk)
                received += len(chunk)
                blocks_done += 1
                if reporthook:
                    reporthook(blocks_done, block_size, expected)
                chunk = response.read(block_size)
    finally:
        response.close()
    if expected >= 0 and received < expected:
        raise ContentTooShortError(
            "retrieval incomplete: got only %i out of %i bytes" % (received, expected), result)
    return result


def urlcleanup():
    """Remove the temporary files urlretrieve() made."""
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    _opener = None


def request_host(request):
    """The request-host of a Request, lowercased, without the port."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    i = host.rfind(':')
    if i > host.rfind(']'):
        host = host[:i]
    return host.lower()


class Request:
    """An HTTP request: URL, optional body (bytes), headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.headers = {}
        self.unredirected_hdrs = {}
        self._tunnel_host = None
        self.full_url = url  # also works out type, host and selector
        self._data = None
        self.data = data
        for header_name, header_value in headers.items():
            self.add_header(header_name, header_value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            # left unset otherwise, so get_method() picks GET or POST from the data
            self.method = method

    @property
    def full_url(self):
        # the fragment is never sent, yet is part of the URL the caller sees
        if not self.fragment:
            return self._full_url
        return f'{self._full_url}#{self.fragment}'

    @full_url.setter
    def full_url(self, url):
        # '<URL:...>' wrapping is dropped and the fragment kept apart
        self._full_url, self.fragment = _splittag(unwrap(url))
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, new_data):
        if new_data == self._data:
            return
        self._data = new_data
        # a Content-length worked out for the old body would be wrong for this one
        self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, after_scheme = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        host, self.selector = _splithost(after_scheme)
        # an empty or missing host stays as it is
        self.host = unquote(host) if host else host

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        self.host = host
        self.type = type

    def has_proxy(self):
        return False

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return (header_name in self.headers or header_name in self.unredirected_hdrs)

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Raises HTTPError for responses outside 2xx (after redirects were tried)."""
    handler_order = 1000


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirects (GET/HEAD; POST becomes GET on 301-303)."""
    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would "
               "lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
                 or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        content_headers = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items() if k.lower() not in content_headers}
        return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        urlparts = urlparse(newurl)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=_PUNCTUATION)
        newurl = urljoin(req.full_url, newurl)
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or
                    len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        self.proxies = proxies or {}


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar


class HTTPPasswordMgr:
    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, str):
            uri = [uri]
        for u in uri:
            self.passwd[(realm, u)] = (user, passwd)

    def find_user_password(self, realm, authuri):
        for (r, u), cred in self.passwd.items():
            if (r == realm or r is None) and authuri.startswith(u):
                return cred
        return None, None


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    pass


class HTTPBasicAuthHandler(BaseHandler):
    """Adds an Authorization header for URLs the password manager knows."""

    def __init__(self, password_mgr=None):
        self.passwd = password_mgr or HTTPPasswordMgr()
        self.add_password = self.passwd.add_password

    def http_request(self, req):
        user, pw = self.passwd.find_user_password(None, req.full_url)
        if user is not None and not req.has_header('Authorization'):
            import base64
            raw = "%s:%s" % (user, pw)
            auth = "Basic " + base64.b64encode(raw.encode()).decode("ascii")
            req.add_unredirected_header('Authorization', auth)
        return req

    https_request = http_request


class AbstractHTTPHandler(BaseHandler):
    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel or 0

    def set_http_debuglevel(self, level):
        self._debuglevel = level


class HTTPHandler(AbstractHTTPHandler):
    pass


class HTTPSHandler(AbstractHTTPHandler):
    def __init__(self, debuglevel=None, context=None, check_hostname=None):
        super().__init__(debuglevel)
        self._context = context


class FileHandler(BaseHandler):
    pass


class DataHandler(BaseHandler):
    pass


class UnknownHandler(BaseHandler):
    pass


class addinfourl:
    """A file-like response for file: and data: URLs (read, info, geturl, getcode)."""

    def __init__(self, fp, headers, url, code=None):
        self.fp = fp
        self.headers = headers
        self.url = url
        self.code = code
        self.status = code

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def __iter__(self):
        return iter(self.fp)

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    def close(self):
        self.fp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OpenerDirector:
    """Opens URLs: runs the handlers' request hooks, fetches, follows redirects, raises HTTPError."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [('User-agent', client_version)]
        self.handlers = []
        self._https_context = None
        self._redirect = None

    def add_handler(self, handler):
        self.handlers.append(handler)
        self.handlers.sort(key=lambda h: getattr(h, 'handler_order', 500))
        handler.add_parent(self)
        if isinstance(handler, HTTPRedirectHandler):
            self._redirect = handler
        if isinstance(handler, HTTPSHandler) and handler._context is not None:
            self._https_context = handler._context

    def close(self):
        self.handlers = []

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for h in self.handlers:
            meth = getattr(h, protocol + '_request', None)
            if meth is not None:
                req = meth(req)
        if protocol in ('http', 'https'):
            response = self._http_open(req)
        elif protocol == 'file':
            response = self._file_open(req)
        elif protocol == 'data':
            response = self._data_open(req)
        else:
            raise URLError('unknown url type: %s' % protocol)
        for h in self.handlers:
            meth = getattr(h, protocol + '_response', None)
            if meth is not None:
                response = meth(req, response)
        return response

    def _timeouts(self, req):
        t = req.timeout
        if t is socket._GLOBAL_DEFAULT_TIMEOUT:
            t = socket.getdefaulttimeout()
        return t, t

    def _http_open(self, req):
        host = req.host
        if not host:
            raise URLError('no host given')
        data = req.data
        if data is not None:
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not req.has_header('Content-type'):
                req.add_unredirected_header('Content-type', 'application/x-www-form-urlencoded')
            if hasattr(data, 'read'):
                data = data.read()
            elif not isinstance(data, (bytes, bytearray)):
                data = b''.join(bytes(x) for x in data)
            if not req.has_header('Content-length'):
                req.add_unredirected_header('Content-length', str(len(data)))
        sel_host = host
        for name, value in self.addheaders:
            if not req.has_header(name):
                req.add_unredirected_header(name, value)
        conn_host, conn_port = _hostport(host, 443 if req.type == 'https' else 80)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        names = {k.lower() for k in headers}
        sent = []
        if 'host' not in names:
            sent.append(('Host', sel_host))
        if 'accept-encoding' not in names:
            sent.append(('Accept-Encoding', 'identity'))
        sent.extend((k, str(v)) for k, v in headers.items())
        connect_timeout, read_timeout = self._timeouts(req)
        import _pygil_http
        try:
            handle = _pygil_http.request(req.get_method(), req.type, conn_host, conn_port,
                                         req.selector or '/', sent,
                                         None if data is None else bytes(data),
                                         connect_timeout, read_timeout, False,
                                         self._verify())
        except OSError as err:
            if getattr(err, '_pygil_phase', 'connect') == 'connect':
                raise URLError(err) from None
            if getattr(err, '_pygil_kind', None) == 'remote_disconnected':
                raise http.client.RemoteDisconnected(str(err)) from None
            raise
        except ValueError as err:
            raise http.client.InvalidURL(str(err)) from None
        r = http.client.HTTPResponse(handle, req.get_method(), req.get_full_url())
        r.msg = r.reason
        code = r.status
        if not (200 <= code < 300):
            return self._http_error(req, r, code, r.reason, r.headers)
        return r

    def _verify(self):
        ctx = self._https_context
        if ctx is None:
            return True
        return getattr(ctx, 'verify_mode', 2) != 0

    def _http_error(self, req, fp, code, msg, hdrs):
        if code in (301, 302, 303, 307, 308) and self._redirect is not None:
            result = self._redirect.http_error_302(req, fp, code, msg, hdrs)
            if result is not None:
                return result
        for h in self.handlers:
            meth = getattr(h, 'http_error_%d' % code, None)
            if meth is not None and not isinstance(h, HTTPRedirectHandler):
                result = meth(req, fp, code, msg, hdrs)
                if result is not None:
                    return result
        raise HTTPError(req.full_url, code, msg, hdrs, fp)

    def _file_open(self, req):
        host = req.host
        path = url2pathname(req.selector)
        if host and host not in ('localhost',):
            raise URLError('file not on local host')
        try:
            st = os.stat(path)
            fp = open(path, 'rb')
        except OSError as exp:
            raise URLError(exp) from None
        headers = http.client.HTTPMessage([
            ('Content-type', _guess_type(path)),
            ('Content-length', str(st.st_size)),
        ])
        return addinfourl(fp, headers, 'file://' + (host or '') + req.selector)

    def _data_open(self, req):
        import base64
        import io
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data.encode('ascii'))
            mediatype = mediatype[:-7]
        else:
            data = unquote(data).encode('latin-1')
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = http.client.HTTPMessage([('Content-type', mediatype),
                                           ('Content-length', str(len(data)))])
        return addinfourl(io.BytesIO(data), headers, url)


def _hostport(host, default_port):
    i = host.rfind(':')
    j = host.rfind(']')
    if i > j:
        port_text = host[i + 1:]
        host = host[:i]
        if port_text == '':
            port = default_port
        else:
            try:
                port = int(port_text)
            except ValueError:
                raise http.client.InvalidURL("nonnumeric port: '%s'" % port_text) from None
    else:
        port = default_port
    if host and host[0] == '[' and host[-1] == ']':
        host = host[1:-1]
    return host, port


def _guess_type(path):
    ext = os.path.splitext(path)[1].lower()
    return {'.txt': 'text/plain', '.html': 'text/html', '.htm': 'text/html', '.json': 'application/json',
            '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
            '.csv': 'text/csv', '.py': 'text/x-python', '.css': 'text/css', '.js': 'text/javascript',
            '.xml': 'text/xml', '.pdf': 'application/pdf'}.get(ext, 'application/octet-stream')


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, plus (or replaced by) the given ones."""
    def stands_in_for(handler, default_class):
        # a handler given as a class or as an instance replaces the default it derives from
        if isinstance(handler, type):
            return issubclass(handler, default_class)
        return isinstance(handler, default_class)

    opener = OpenerDirector()
    for default_class in (ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                          HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler,
                          HTTPSHandler):
        if not any(stands_in_for(handler, default_class) for handler in handlers):
            opener.add_handler(default_class())
    for handler in handlers:
        opener.add_handler(handler() if isinstance(handler, type) else handler)
    return opener


def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


def getproxies():
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == '_proxy':
            proxies[name[:-6]] = value
    return proxies
