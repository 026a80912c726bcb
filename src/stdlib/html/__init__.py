"""
General functions for HTML manipulation.
"""

# Written for pygil from the documented behaviour of CPython 3.11's html module: escape(),
# and unescape() following HTML5's rules for character references (named references from
# the full HTML5 table, with or without ';', the longest known prefix of an unterminated
# name, numeric references with HTML5's replacements).

from html.entities import html5 as _html5
from html._charrefs import invalid_charrefs as _invalid_charrefs
from html._charrefs import invalid_codepoints as _invalid_codepoints

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_HEX = frozenset('0123456789abcdefABCDEF')
_NOT_IN_NAME = frozenset('\t\n\f <&#;')


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _named(name):
    """Text for '&' + name (name may end in ';')."""
    if name in _html5:
        return _html5[name]
    # the longest known name that starts the text (HTML5 allows some without ';')
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in _html5:
            return _html5[name[:end]] + name[end:]
    return '&' + name


def _reference_at(s, i):
    """The character reference starting after the '&' at i-1: (replacement, end) or None."""
    n = len(s)
    if i < n and s[i] == '#':
        j = i + 1
        if j < n and s[j].isascii() and s[j].isdigit():
            k = j
            while k < n and s[k].isascii() and s[k].isdigit():
                k += 1
            value = int(s[j:k])
            if k < n and s[k] == ';':
                k += 1
            return _numeric(value), k
        if j < n and s[j] in 'xX' and j + 1 < n and s[j + 1] in _HEX:
            k = j + 1
            while k < n and s[k] in _HEX:
                k += 1
            value = int(s[j + 1:k], 16)
            if k < n and s[k] == ';':
                k += 1
            return _numeric(value), k
        return None
    k = i
    while k < n and k - i < 32 and s[k] not in _NOT_IN_NAME:
        k += 1
    if k == i:
        return None
    if k < n and s[k] == ';':
        k += 1
    return _named(s[i:k]), k


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    out = []
    start = 0
    pos = s.find('&')
    while pos >= 0:
        found = _reference_at(s, pos + 1)
        if found is None:
            pos = s.find('&', pos + 1)
            continue
        out.append(s[start:pos])
        out.append(found[0])
        start = found[1]
        pos = s.find('&', start)
    out.append(s[start:])
    return ''.join(out)
