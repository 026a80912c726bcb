"""Helpers requests uses (and programs sometimes call): URL requoting, encodings from
headers, key/value normalisation, default headers."""

import os
from urllib.parse import quote, unquote, urlparse, urlunparse, urlencode, parse_qsl

from .structures import CaseInsensitiveDict
from .exceptions import InvalidURL, InvalidHeader

__version__ = "2.34.2"

UNRESERVED_SET = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz" + "0123456789-._~"
)

DEFAULT_ACCEPT_ENCODING = "gzip, deflate"


def default_user_agent(name="python-requests"):
    return f"{name}/{__version__}"


def default_headers():
    return CaseInsensitiveDict({
        "User-Agent": default_user_agent(),
        "Accept-Encoding": DEFAULT_ACCEPT_ENCODING,
        "Accept": "*/*",
        "Connection": "keep-alive",
    })


def unquote_unreserved(uri):
    """Decode %XX escapes of unreserved characters only; others stay escaped."""
    parts = uri.split("%")
    for i in range(1, len(parts)):
        h = parts[i][0:2]
        if len(h) == 2 and h.isalnum():
            try:
                c = chr(int(h, 16))
            except ValueError:
                raise InvalidURL(f"Invalid percent-escape sequence: '{h}'")
            if c in UNRESERVED_SET:
                parts[i] = c + parts[i][2:]
            else:
                parts[i] = f"%{parts[i]}"
        else:
            parts[i] = f"%{parts[i]}"
    return "".join(parts)


def requote_uri(uri):
    """Quote what needs quoting in a URL, leaving existing valid escapes alone."""
    safe_with_percent = "!#$%&'()*+,/:;=?@[]~"
    safe_without_percent = "!#$&'()*+,/:;=?@[]~"
    try:
        return quote(unquote_unreserved(uri), safe=safe_with_percent)
    except InvalidURL:
        return quote(uri, safe=safe_without_percent)


def _parse_content_type_header(header):
    tokens = header.split(";")
    content_type, params = tokens[0].strip(), tokens[1:]
    params_dict = {}
    for param in params:
        param = param.strip()
        if param:
            key, value = param, True
            index_of_equals = param.find("=")
            if index_of_equals != -1:
                key = param[:index_of_equals].strip("\"' ")
                value = param[index_of_equals + 1:].strip("\"' ")
            params_dict[key.lower()] = value
    return content_type, params_dict


def get_encoding_from_headers(headers):
    """The charset of Content-Type; ISO-8859-1 for text/* without one; utf-8 for JSON."""
    content_type = headers.get("content-type")
    if not content_type:
        return None
    content_type, params = _parse_content_type_header(content_type)
    if "charset" in params:
        return params["charset"].strip("'\"")
    if "text" in content_type:
        return "ISO-8859-1"
    if "application/json" in content_type:
        return "utf-8"
    return None


def to_key_val_list(value):
    """A list of (key, value) pairs from a dict or a sequence of pairs."""
    if value is None:
        return None
    if isinstance(value, (str, bytes, bool, int)):
        raise ValueError("cannot encode objects that are not 2-tuples")
    if hasattr(value, "items"):
        value = value.items()
    return list(value)


def from_key_val_list(value):
    if value is None:
        return None
    if isinstance(value, (str, bytes, bool, int)):
        raise ValueError("cannot encode objects that are not 2-tuples")
    return dict(value)


def iter_slices(string, slice_length):
    """Pieces of `string`, slice_length long (the whole string for None or <= 0)."""
    pos = 0
    if slice_length is None or slice_length <= 0:
        slice_length = len(string)
    while pos < len(string):
        yield string[pos:pos + slice_length]
        pos += slice_length


def _complete_utf8(data):
    """Length of the longest prefix of data that doesn't end inside a UTF-8 sequence."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        c = data[n - k]
        if c & 0xC0 == 0x80:
            continue
        if c >= 0xC0:
            need = 4 if c >= 0xF0 else 3 if c >= 0xE0 else 2
            return n - k if need > k else n
        return n
    return n


def stream_decode_response_unicode(iterator, r):
    """Decode the chunks of a response as text, in its encoding."""
    if r.encoding is None:
        yield from iterator
        return
    encoding = r.encoding
    utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8')
    pending = b""
    for chunk in iterator:
        data = pending + chunk
        cut = _complete_utf8(data) if utf8 else len(data)
        pending = data[cut:]
        rv = data[:cut].decode(encoding, "replace")
        if rv:
            yield rv
    if pending:
        yield pending.decode(encoding, "replace")


_null = "\x00".encode("ascii")
_null2 = _null * 2
_null3 = _null * 3


def guess_json_utf(data):
    """Which UTF encoding JSON bytes use, from their first four bytes."""
    sample = data[:4]
    if sample in (codecs_BOM_UTF32_LE, codecs_BOM_UTF32_BE):
        return "utf-32"
    if sample[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    nullcount = sample.count(_null)
    if nullcount == 0:
        return "utf-8"
    if nullcount == 2:
        if sample[::2] == _null2:
            return "utf-16-be"
        if sample[1::2] == _null2:
            return "utf-16-le"
    if nullcount == 3:
        if sample[:3] == _null3:
            return "utf-32-be"
        if sample[1:] == _null3:
            return "utf-32-le"
    return None


codecs_BOM_UTF32_LE = b"\xff\xfe\x00\x00"
codecs_BOM_UTF32_BE = b"\x00\x00\xfe\xff"


def super_len(o):
    """The number of bytes left to read in a body (str, bytes, file …)."""
    if o is None:
        return 0
    if isinstance(o, str):
        return len(o.encode("utf-8"))
    if hasattr(o, "__len__"):
        return len(o)
    if hasattr(o, "len"):
        return o.len
    if hasattr(o, "fileno") and hasattr(o, "tell"):
        try:
            total = os.fstat(o.fileno()).st_size
            return max(0, total - o.tell())
        except (OSError, AttributeError):
            pass
    if hasattr(o, "getvalue"):
        return len(o.getvalue())
    return 0


def get_auth_from_url(url):
    """(username, password) from a URL's userinfo, unquoted; ('', '') when absent."""
    parsed = urlparse(url)
    try:
        auth = (unquote(parsed.username), unquote(parsed.password))
    except (AttributeError, TypeError):
        auth = ("", "")
    return auth


def urldefragauth(url):
    """The URL without fragment and userinfo."""
    scheme, netloc, path, params, query, fragment = urlparse(url)
    if not netloc:
        netloc, path = path, netloc
    netloc = netloc.rsplit("@", 1)[-1]
    return urlunparse((scheme, netloc, path, params, query, ""))


def parse_header_links(value):
    """Parse a Link header into a list of dicts with 'url' and the link parameters."""
    links = []
    replace_chars = " '\""
    value = value.strip(replace_chars)
    if not value:
        return links
    for val in value.split(", <") if ", <" in value else [value]:
        try:
            url, params = val.split(";", 1)
        except ValueError:
            url, params = val, ""
        link = {"url": url.strip("<> '\"")}
        for param in params.split(";"):
            try:
                key, value = param.split("=")
            except ValueError:
                break
            link[key.strip(replace_chars)] = value.strip(replace_chars)
        links.append(link)
    return links


def check_header_validity(header):
    name, value = header
    if not isinstance(value, (str, bytes)):
        raise InvalidHeader(
            f"Header part ({value!r}) from {header!r} must be of type str or bytes, not {type(value)}")
    if isinstance(value, str) and ("\n" in value or "\r" in value or value[:1] in (" ", "\t")):
        raise InvalidHeader(f"Invalid leading whitespace, reserved character(s), or return "
                            f"character(s) in header value: {value!r}")


def to_native_string(string, encoding="ascii"):
    if isinstance(string, str):
        return string
    return string.decode(encoding)


def unicode_is_ascii(u_string):
    try:
        u_string.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False
