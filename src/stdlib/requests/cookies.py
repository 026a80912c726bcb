"""Cookies: a simple jar (a dict of name → value, with set/get_dict) filled from
Set-Cookie headers and sent back by a Session."""


class RequestsCookieJar(dict):
    """Cookies by name. Domains and paths are kept but not used to filter."""

    def set(self, name, value, **kwargs):
        if value is None:
            self.pop(name, None)
            return None
        self[name] = value
        return value

    def get_dict(self, domain=None, path=None):
        return dict(self)

    def update(self, other=(), **kwargs):
        if hasattr(other, 'items'):
            for k, v in other.items():
                self[k] = v
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        new = RequestsCookieJar()
        new.update(self)
        return new

    def __repr__(self):
        inner = ', '.join(f'<Cookie {k}={v}>' for k, v in self.items())
        return f'<RequestsCookieJar[{inner}]>'


def cookiejar_from_dict(cookie_dict, cookiejar=None, overwrite=True):
    if cookiejar is None:
        cookiejar = RequestsCookieJar()
    if cookie_dict is not None:
        for name, value in cookie_dict.items():
            if overwrite or name not in cookiejar:
                cookiejar[name] = value
    return cookiejar


def extract_set_cookies(set_cookie_values, jar):
    """Add the name=value of each Set-Cookie header to the jar."""
    for header in set_cookie_values:
        first = header.split(';', 1)[0]
        if '=' in first:
            name, _, value = first.partition('=')
            jar[name.strip()] = value.strip()
    return jar


def merge_cookies(cookiejar, cookies):
    if cookies is None:
        return cookiejar
    if hasattr(cookies, 'items'):
        for k, v in cookies.items():
            cookiejar[k] = v
    return cookiejar
