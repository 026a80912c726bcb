"""A parser for HTML and XHTML.

Written for pygil from the documented behaviour of CPython 3.11's html.parser: the same
handler calls for start/end/startend tags (names and attribute names lowercased, attribute
values unquoted and unescaped), data (character references converted when
convert_charrefs is true, the default), comments, declarations, processing instructions,
marked sections, and the raw text of <script> and <style>. Input may arrive in any number
of feed() calls; a construct cut by the end of the input waits for the next one.

The scanner is written by hand; on badly broken markup its choices may differ from
CPython's in places (see docs/more-modules.md).
"""

from html import unescape

__all__ = ['HTMLParser']

_SPACE = ' \t\n\r\f'
_NAME_END = ' \t\n\r\f/>\x00'      # what ends a tag name
_ATTR_NAME_END = ' \t\n\r\f/=>'    # what ends an attribute name (after its first char)


def _is_letter(ch):
    return ch != '' and (('a' <= ch <= 'z') or ('A' <= ch <= 'Z'))


class HTMLParser:
    """Scan HTML text and report what it holds to handler methods.

    Give the text to feed() in as many pieces as convenient, then call close(). A
    subclass overrides the handle_*() methods it cares about: start tags reach
    handle_starttag(tag, attrs) (or handle_startendtag() for '<tag/>'), end tags
    handle_endtag(tag), text handle_data(text). With convert_charrefs=True (the
    default) references like '&amp;' and '&#62;' are replaced inside the text;
    with False they are reported to handle_entityref() and handle_charref()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget any text not parsed yet and start again at line 1."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Add data to the input and report everything in it that is complete."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Report what is still held back, as the input has ended."""
        self.goahead(True)

    def getpos(self):
        """The (line, column) position the parser has reached."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag reported."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        """Advance the line/offset position over rawdata[i:j]."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    # -- the main loop ---------------------------------------------------------------------

    def goahead(self, end):
        """Report what rawdata holds; keep an unfinished tail unless end is true."""
        i = 0
        while i < len(self.rawdata):
            j = self._text_end(i, end)
            if j < 0:
                break
            if i < j:
                self._emit_text(self.rawdata[i:j])
            i = self.updatepos(i, j)
            if i == len(self.rawdata):
                break
            if self.rawdata[i] == '<':
                after, stop = self._consume_markup(i, end)
            else:
                after, stop = self._consume_reference(i)
            i = self.updatepos(i, after)
            if stop:
                break
        rawdata = self.rawdata
        if end and i < len(rawdata) and not self.cdata_elem:
            # unclosed <script>/<style> text is never reported
            self._emit_text(rawdata[i:])
            i = self.updatepos(i, len(rawdata))
        self.rawdata = rawdata[i:]

    def _emit_text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def _text_end(self, i, end):
        """Where the text starting at i stops: the next markup (or reference) to look at,
        or -1 to wait for more input."""
        rawdata = self.rawdata
        n = len(rawdata)
        if self.cdata_elem:
            # raw text is reported once its end tag has arrived
            return self._find_cdata_end(i)
        if self.convert_charrefs:
            j = rawdata.find('<', i)
            if j < 0:
                # a reference cut by the end of the input waits for the rest
                amp = rawdata.rfind('&', max(i, n - 34))
                if amp >= 0 and not any(c in _SPACE + ';' for c in rawdata[amp:]) and not end:
                    return -1
                return n
            return j
        j = i
        while j < n and rawdata[j] not in '<&':
            j += 1
        return j

    def _find_cdata_end(self, i):
        """Start of '</script>' (any case, spaces before '>') closing the raw text."""
        rawdata = self.rawdata
        lowered = rawdata.lower()
        pos = i
        while True:
            j = lowered.find('</', pos)
            if j < 0:
                return -1
            k = j + 2
            while k < len(rawdata) and rawdata[k] in _SPACE:
                k += 1
            if lowered.startswith(self.cdata_elem, k):
                m = k + len(self.cdata_elem)
                while m < len(rawdata) and rawdata[m] in _SPACE:
                    m += 1
                if m < len(rawdata) and rawdata[m] == '>':
                    return j
            pos = j + 1

    def _markup_parser(self, i):
        """The parse_* method for the markup that the '<' at i opens, or None when the
        next character makes it plain text (or there is no next character yet)."""
        after = self.rawdata[i + 1:i + 2]
        if _is_letter(after):
            return self.parse_starttag
        if after == '/':
            return self.parse_endtag
        if after == '?':
            return self.parse_pi
        if after == '!':
            if self.rawdata.startswith('<!--', i):
                return self.parse_comment
            return self.parse_html_declaration
        return None

    def _consume_markup(self, i, end):
        """Handle the markup at the '<' at i: (index after it, whether to stop)."""
        parse = self._markup_parser(i)
        if parse is None:
            if i + 1 == len(self.rawdata) and not end:
                return i, True      # the next feed may make it a tag
            self.handle_data('<')
            return i + 1, False
        after = parse(i)
        if after >= 0:
            return after, False
        if not end:
            return i, True
        return self._unfinished_markup_as_text(i), False

    def _unfinished_markup_as_text(self, i):
        """At close(), markup cut short at i is text up to its '>' (or the next '<')."""
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 1)
        if gt >= 0:
            stop = gt + 1
        else:
            lt = rawdata.find('<', i + 1)
            stop = lt if lt >= 0 else i + 1
        self._emit_text(rawdata[i:stop])
        return stop

    def _consume_reference(self, i):
        """Handle the '&' at i when references are not converted: (index after, whether
        to stop)."""
        rawdata = self.rawdata
        numeric = rawdata.startswith('&#', i)
        found = self._charref_at(i) if numeric else self._entityref_at(i)
        if found is not None:
            name, after = found
            if numeric:
                self.handle_charref(name)
            else:
                self.handle_entityref(name)
            return after, False
        if numeric:
            if ';' in rawdata[i:]:
                # not a reference after all: '&#' is text, and this feed stops here
                self.handle_data('&#')
                return i + 2, True
            return i, True
        if i + 1 < len(rawdata) and not _is_letter(rawdata[i + 1]):
            self.handle_data('&')
            return i + 1, False
        # a name that may go on in the next feed (at close(): text)
        return i, True

    def _charref_at(self, i):
        """(name, end) for '&#123;' / '&#x7b;' at i (the ';' is optional, but some
        character must follow the digits), else None."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 2
        if j < n and rawdata[j] in 'xX':
            k = j + 1
            digits = '0123456789abcdefABCDEF'
        else:
            k = j
            digits = '0123456789'
        m = k
        while m < n and rawdata[m] in digits:
            m += 1
        if m == k or m >= n or rawdata[m] in '0123456789abcdefABCDEF':
            return None
        return rawdata[j:m], (m + 1 if rawdata[m] == ';' else m)

    def _entityref_at(self, i):
        """(name, end) for '&name;' at i (the ';' is optional, but some character must
        follow the name), else None."""
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 1
        if not (j < n and _is_letter(rawdata[j])):
            return None
        m = j + 1
        while m < n and rawdata[m].isascii() and (rawdata[m].isalnum() or rawdata[m] in '-.'):
            m += 1
        if m >= n:
            # the name runs to the end: a '-' or '.' inside it can end it instead
            m = max(rawdata.rfind('-', j + 1, n), rawdata.rfind('.', j + 1, n))
            if m < 0:
                return None
        return rawdata[j:m], (m + 1 if rawdata[m] == ';' else m)

    # -- markup ----------------------------------------------------------------------------

    def _scan_attributes(self, i):
        """From just after a tag name: ([(name, raw value or None)], index of the closing
        '>' or '/>' (or of what ended the scan), closing text) or None when the input
        ends inside the tag."""
        rawdata = self.rawdata
        n = len(rawdata)
        attrs = []
        k = i
        while True:
            while k < n and (rawdata[k] in _SPACE or (rawdata[k] == '/' and rawdata[k + 1:k + 2] != '>')):
                if rawdata[k] == '/' and k + 1 >= n:
                    return None
                k += 1
            if k >= n:
                return None
            if rawdata[k] == '>':
                return attrs, k + 1, '>'
            if rawdata.startswith('/>', k):
                return attrs, k + 2, '/>'
            start = k
            k += 1
            while k < n and rawdata[k] not in _ATTR_NAME_END:
                k += 1
            name = rawdata[start:k]
            m = k
            while m < n and rawdata[m] in _SPACE:
                m += 1
            if m < n and rawdata[m] == '=':
                while m < n and rawdata[m] == '=':
                    m += 1
                while m < n and rawdata[m] in _SPACE:
                    m += 1
                if m >= n:
                    return None
                if rawdata[m] in '\'"':
                    close = rawdata.find(rawdata[m], m + 1)
                    if close < 0:
                        return None
                    value = rawdata[m:close + 1]
                    k = close + 1
                else:
                    v = m
                    while v < n and rawdata[v] not in _SPACE + '>':
                        v += 1
                    value = rawdata[m:v]
                    k = v
                attrs.append((name, value))
            elif m >= n:
                return None
            else:
                attrs.append((name, None))

    def parse_starttag(self, i):
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 1
        while j < n and rawdata[j] not in _NAME_END:
            j += 1
        if j >= n:
            return -1
        tag = rawdata[i + 1:j].lower()
        if rawdata[j] == '\x00':
            # a NUL right after the name spoils the tag: what came so far is text
            self.handle_data(rawdata[i:j])
            return j
        scanned = self._scan_attributes(j)
        if scanned is None:
            return -1
        raw_attrs, endpos, closing = scanned
        self._starttag_text = rawdata[i:endpos]
        self.lasttag = tag
        attrs = []
        for name, value in raw_attrs:
            if value is not None:
                if value[:1] in '\'"' and value[:1] == value[-1:] and len(value) >= 2:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 1)
        if gt < 0:
            return -1
        k = i + 2
        while k < gt and rawdata[k] in _SPACE:
            k += 1
        if self.cdata_elem:
            # only the element's own end tag ends raw text
            tag = rawdata[k:gt].strip().lower()
            if tag != self.cdata_elem:
                self.handle_data(rawdata[i:gt + 1])
                return gt + 1
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return gt + 1
        # '</ name >': spaces are allowed around a plain name
        name = rawdata[k:gt].rstrip(_SPACE)
        if _is_letter(name[:1]) and all(c.isascii() and (c.isalnum() or c in '-.:_') for c in name):
            self.handle_endtag(name.lower())
            return gt + 1
        if rawdata.startswith('</>', i):
            return i + 3
        if not _is_letter(rawdata[i + 2:i + 3]):
            return self.parse_bogus_comment(i)
        m = i + 2
        while m < gt and rawdata[m] not in _NAME_END:
            m += 1
        self.handle_endtag(rawdata[i + 2:m].lower())
        return gt + 1

    def parse_comment(self, i, report=True):
        rawdata = self.rawdata
        j = i + 4
        while True:
            close = rawdata.find('--', j)
            if close < 0:
                return -1
            k = close + 2
            while k < len(rawdata) and rawdata[k] in _SPACE:
                k += 1
            if k >= len(rawdata):
                return -1
            if rawdata[k] == '>':
                if report:
                    self.handle_comment(rawdata[i + 4:close])
                return k + 1
            j = close + 1

    def parse_bogus_comment(self, i, report=True):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=True):
        """<![CDATA[...]]>, <![if ...]> and the like: unknown_decl('CDATA[...')."""
        import re
        rawdata = self.rawdata
        n = len(rawdata)
        j = i + 3
        if j >= n:
            return -1
        if not _is_letter(rawdata[j]):
            raise AssertionError("expected name token at %r" % rawdata[i:i + 20])
        k = j + 1
        while k < n and rawdata[k].isascii() and (rawdata[k].isalnum() or rawdata[k] in '-_.'):
            k += 1
        name = rawdata[j:k].lower()
        while k < n and rawdata[k] in _SPACE + '\x0b':
            k += 1
        if k >= n:
            return -1
        if name in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            close = re.compile(r']\s*]\s*>').search(rawdata, i + 3)
        elif name in ('if', 'else', 'endif'):
            close = re.compile(r']\s*>').search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section' % rawdata[i + 3:k])
        if not close:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close.start()])
        return close.end()

    def parse_pi(self, i):
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 2)
        if gt < 0:
            return -1
        self.handle_pi(rawdata[i + 2:gt])
        return gt + 1

    # -- what subclasses override: each default ignores what it is given ---------------------

    def handle_starttag(self, tag, attrs):
        """'<tag a="1" b>': tag is lowercased, attrs a list like [('a', '1'), ('b', None)]."""

    def handle_startendtag(self, tag, attrs):
        """'<tag/>': by default a start tag followed by its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        """'</tag>', tag lowercased."""

    def handle_data(self, data):
        """Text between markup."""

    def handle_entityref(self, name):
        """'&name;' when references are not converted."""

    def handle_charref(self, name):
        """'&#NNN;' or '&#xNN;' when references are not converted: name is 'NNN' or 'xNN'."""

    def handle_comment(self, data):
        """'<!--data-->'."""

    def handle_decl(self, decl):
        """'<!DOCTYPE ...>': decl is what stands between '<!' and '>'."""

    def handle_pi(self, data):
        """'<?data>', a processing instruction."""

    def unknown_decl(self, data):
        """A marked section such as '<![CDATA[data]]>': data is 'CDATA[data'."""
