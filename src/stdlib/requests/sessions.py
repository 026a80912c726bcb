"""Session: settings and cookies that persist across requests, redirects followed as
requests follows them (303 and 302 become GET, 301 POST becomes GET, 307/308 keep the method
and body), and the request/get/post/… methods everything else calls."""

import time
from urllib.parse import urljoin, urlparse

from .models import Request, PreparedRequest, DEFAULT_REDIRECT_LIMIT, default_hooks, dispatch_hook
from .structures import CaseInsensitiveDict
from .cookies import RequestsCookieJar, cookiejar_from_dict, merge_cookies, extract_set_cookies
from .adapters import HTTPAdapter
from .status_codes import codes
from .exceptions import (TooManyRedirects, InvalidSchema, ChunkedEncodingError,
                         ContentDecodingError)
from .utils import default_headers, requote_uri, to_key_val_list, to_native_string

preferred_clock = time.perf_counter


def merge_setting(request_setting, session_setting, dict_class=dict):
    """The request's setting over the session's; dict settings merged (None values removed)."""
    if session_setting is None:
        return request_setting
    if request_setting is None:
        return session_setting
    if not (hasattr(session_setting, 'items') and hasattr(request_setting, 'items')):
        return request_setting
    merged_setting = dict_class(to_key_val_list(session_setting))
    merged_setting.update(to_key_val_list(request_setting))
    none_keys = [k for (k, v) in merged_setting.items() if v is None]
    for key in none_keys:
        del merged_setting[key]
    return merged_setting


def merge_hooks(request_hooks, session_hooks, dict_class=dict):
    if session_hooks is None or session_hooks.get("response") == []:
        return request_hooks
    if request_hooks is None or request_hooks.get("response") == []:
        return session_hooks
    return merge_setting(request_hooks, session_hooks, dict_class)


class SessionRedirectMixin:
    def get_redirect_target(self, resp):
        """The Location of a redirect response, or None."""
        if resp.is_redirect:
            location = resp.headers["location"]
            try:
                location = location.encode("latin1").decode("utf8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            return location
        return None

    def should_strip_auth(self, old_url, new_url):
        old_parsed = urlparse(old_url)
        new_parsed = urlparse(new_url)
        if old_parsed.hostname != new_parsed.hostname:
            return True
        if (old_parsed.scheme == "http" and old_parsed.port in (80, None)
                and new_parsed.scheme == "https" and new_parsed.port in (443, None)):
            return False
        changed_port = old_parsed.port != new_parsed.port
        changed_scheme = old_parsed.scheme != new_parsed.scheme
        default_port = {"http": 80, "https": 443}.get(old_parsed.scheme, None)
        if (not changed_scheme and old_parsed.port in (default_port, None)
                and new_parsed.port in (default_port, None)):
            return False
        return changed_port or changed_scheme

    def resolve_redirects(self, resp, req, stream=False, timeout=None, verify=True, cert=None,
                          proxies=None, yield_requests=False, **adapter_kwargs):
        """The responses (or, with yield_requests, the requests) of a chain of redirects."""
        hist = []
        url = self.get_redirect_target(resp)
        previous_fragment = urlparse(req.url).fragment
        while url:
            prepared_request = req.copy()
            hist.append(resp)
            resp.history = hist[1:]
            try:
                resp.content
            except (ChunkedEncodingError, ContentDecodingError, RuntimeError):
                resp.raw.read(decode_content=False)
            if len(resp.history) >= self.max_redirects:
                raise TooManyRedirects(f"Exceeded {self.max_redirects} redirects.", response=resp)
            resp.close()
            if url.startswith("//"):
                parsed_rurl = urlparse(resp.url)
                url = ":".join([parsed_rurl.scheme, url])
            parsed = urlparse(url)
            if parsed.fragment == "" and previous_fragment:
                parsed = parsed._replace(fragment=previous_fragment)
            elif parsed.fragment:
                previous_fragment = parsed.fragment
            url = parsed.geturl()
            if not parsed.netloc:
                url = urljoin(resp.url, requote_uri(url))
            else:
                url = requote_uri(url)
            prepared_request.url = to_native_string(url)
            self.rebuild_method(prepared_request, resp)
            if resp.status_code not in (codes.temporary_redirect, codes.permanent_redirect):
                for header in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                    prepared_request.headers.pop(header, None)
                prepared_request.body = None
            headers = prepared_request.headers
            headers.pop("Cookie", None)
            jar = RequestsCookieJar()
            merge_cookies(jar, self.cookies)
            merge_cookies(jar, prepared_request._cookies)
            extract_set_cookies([v for k, v in resp.raw.headers_list if k.lower() == 'set-cookie'], jar)
            prepared_request._cookies = None
            prepared_request.prepare_cookies(jar)
            self.rebuild_auth(prepared_request, resp)
            req = prepared_request
            if yield_requests:
                yield req
            else:
                resp = self.send(req, stream=stream, timeout=timeout, verify=verify, cert=cert,
                                 proxies=proxies, allow_redirects=False, **adapter_kwargs)
                url = self.get_redirect_target(resp)
                yield resp

    def rebuild_auth(self, prepared_request, response):
        headers = prepared_request.headers
        url = prepared_request.url
        if "Authorization" in headers and self.should_strip_auth(response.request.url, url):
            del headers["Authorization"]

    def rebuild_proxies(self, prepared_request, proxies):
        return proxies or {}

    def rebuild_method(self, prepared_request, response):
        method = prepared_request.method
        if response.status_code == codes.see_other and method != "HEAD":
            method = "GET"
        if response.status_code == codes.found and method != "HEAD":
            method = "GET"
        if response.status_code == codes.moved and method == "POST":
            method = "GET"
        prepared_request.method = method


class Session(SessionRedirectMixin):
    """Persistent settings (headers, auth, params, cookies, verify …) for many requests.

        >>> s = requests.Session()
        >>> s.get('https://httpbin.org/get')
        <Response [200]>
    """

    __attrs__ = ["headers", "cookies", "auth", "proxies", "hooks", "params", "verify",
                 "cert", "adapters", "stream", "trust_env", "max_redirects"]

    def __init__(self):
        self.headers = default_headers()
        self.auth = None
        self.proxies = {}
        self.hooks = default_hooks()
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.trust_env = True
        self.cookies = cookiejar_from_dict({})
        self.adapters = {}
        self.mount("https://", HTTPAdapter())
        self.mount("http://", HTTPAdapter())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def prepare_request(self, request):
        """A PreparedRequest from a Request, with the session's settings merged in."""
        cookies = request.cookies or {}
        if not isinstance(cookies, RequestsCookieJar):
            cookies = cookiejar_from_dict(cookies)
        merged_cookies = merge_cookies(merge_cookies(RequestsCookieJar(), self.cookies), cookies)
        auth = request.auth
        p = PreparedRequest()
        p.prepare(
            method=request.method.upper(),
            url=request.url,
            files=request.files,
            data=request.data,
            json=request.json,
            headers=merge_setting(request.headers, self.headers, dict_class=CaseInsensitiveDict),
            params=merge_setting(request.params, self.params),
            auth=merge_setting(auth, self.auth),
            cookies=merged_cookies,
            hooks=merge_hooks(request.hooks, self.hooks),
        )
        return p

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        """Build a Request, prepare it with the session's settings, send it; the Response."""
        req = Request(
            method=method.upper(),
            url=url,
            headers=headers,
            files=files,
            data=data or {},
            json=json,
            params=params or {},
            auth=auth,
            cookies=cookies,
            hooks=hooks,
        )
        prep = self.prepare_request(req)
        proxies = proxies or {}
        settings = self.merge_environment_settings(prep.url, proxies, stream, verify, cert)
        send_kwargs = {"timeout": timeout, "allow_redirects": allow_redirects}
        send_kwargs.update(settings)
        return self.send(prep, **send_kwargs)

    def get(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("GET", url, **kwargs)

    def options(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", True)
        return self.request("OPTIONS", url, **kwargs)

    def head(self, url, **kwargs):
        kwargs.setdefault("allow_redirects", False)
        return self.request("HEAD", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def send(self, request, **kwargs):
        """Send a PreparedRequest; follow redirects unless allow_redirects=False."""
        kwargs.setdefault("stream", self.stream)
        kwargs.setdefault("verify", self.verify)
        kwargs.setdefault("cert", self.cert)
        if "proxies" not in kwargs:
            kwargs["proxies"] = self.proxies
        if isinstance(request, Request):
            raise ValueError("You can only send PreparedRequests.")
        allow_redirects = kwargs.pop("allow_redirects", True)
        stream = kwargs.get("stream")
        hooks = request.hooks
        adapter = self.get_adapter(url=request.url)
        start = preferred_clock()
        r = adapter.send(request, **kwargs)
        elapsed = preferred_clock() - start
        try:
            from datetime import timedelta
            r.elapsed = timedelta(seconds=elapsed)
        except Exception:
            r.elapsed = elapsed
        r = dispatch_hook("response", hooks, r, **kwargs)
        merge_cookies(self.cookies, r.cookies)
        if allow_redirects:
            gen = self.resolve_redirects(r, request, **kwargs)
            history = [resp for resp in gen]
        else:
            history = []
        for resp in history:
            merge_cookies(self.cookies, resp.cookies)
        if history:
            history.insert(0, r)
            r = history.pop()
            r.history = history
        if not allow_redirects:
            try:
                r._next = next(self.resolve_redirects(r, request, yield_requests=True, **kwargs))
            except StopIteration:
                pass
        if not stream:
            r.content
        return r

    def merge_environment_settings(self, url, proxies, stream, verify, cert):
        return {
            "proxies": merge_setting(proxies, self.proxies),
            "stream": merge_setting(stream, self.stream),
            "verify": merge_setting(verify, self.verify),
            "cert": merge_setting(cert, self.cert),
        }

    def get_adapter(self, url):
        """The adapter mounted for the URL's prefix (InvalidSchema when there is none)."""
        for prefix, adapter in self.adapters.items():
            if url.lower().startswith(prefix.lower()):
                return adapter
        raise InvalidSchema(f"No connection adapters were found for {url!r}")

    def close(self):
        for v in self.adapters.values():
            v.close()

    def mount(self, prefix, adapter):
        """Use `adapter` for URLs starting with `prefix` (longest prefixes first)."""
        self.adapters[prefix] = adapter
        keys_to_move = [k for k in self.adapters if len(k) < len(prefix)]
        for key in keys_to_move:
            self.adapters[key] = self.adapters.pop(key)

    def __getstate__(self):
        return {attr: getattr(self, attr, None) for attr in self.__attrs__}

    def __setstate__(self, state):
        for attr, value in state.items():
            setattr(self, attr, value)


def session():
    """A new Session (kept for compatibility; use Session())."""
    return Session()
