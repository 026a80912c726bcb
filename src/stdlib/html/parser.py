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
    """Find tags and other markup and call handler functions.

    Usage:
        p = HTMLParser()
        p.feed(data)
        ...
        p.close()

    Start tags are handled by calling self.handle_starttag() or self.handle_startendtag();
    end tags by self.handle_endtag(). The data between tags is passed from the parser to
    the derived class by calling self.handle_data() with the data as argument (the data
    may be split up in arbitrary chunks). If convert_charrefs is True the character
    references are converted automatically to the corresponding Unicode character (and
    self.handle_data() is no longer split in chunks), otherwise they are passed by calling
    self.handle_entityref() or self.handle_charref() with the string containing
    respectively the named or numeric reference as the argument."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Reset this instance.  Loses all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Feed data to the parser. Call this as often as you want, with as little or as
        much text as you want (may include '\\n')."""
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        """Handle any buffered data."""
        self.goahead(True)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
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

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            j = self._text_end(i, end)
            if j < 0:
                break
            if i < j:
                self._emit_text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if self.cdata_elem and not rawdata.startswith('</', i):
                    k = -1
                elif i + 1 < n and _is_letter(rawdata[i + 1]):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                elif end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # the input ended inside markup: what is left is text
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._emit_text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                found = self._charref_at(i)
                if found is not None:
                    self.handle_charref(found[0])
                    i = self.updatepos(i, found[1])
                    continue
                if ';' in rawdata[i:]:
                    # not a reference after all: '&#' is text, and this feed stops here
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                found = self._entityref_at(i)
                if found is not None:
                    self.handle_entityref(found[0])
                    i = self.updatepos(i, found[1])
                    continue
                if i + 1 < n and (_is_letter(rawdata[i + 1]) or rawdata[i + 1] == '#'):
                    # a reference that may go on in the next feed (at the end: text)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                    continue
                break
            else:
                raise AssertionError("we should not get here!")
            rawdata = self.rawdata
            n = len(rawdata)
        if end and i < n and not self.cdata_elem:
            # unclosed <script>/<style> text is never reported
            self._emit_text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

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

    # -- handlers, overridden by subclasses --------------------------------------------------

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
