""" codecs -- Python Codec Registry, API and helpers.

Written for pygil from the documented behaviour of CPython 3.11's codecs module. The text
codecs are the ones str.encode/bytes.decode know (utf-8, utf-8-sig, ascii, latin-1,
utf-16/32 with and without BOM, cp1250-cp1258, iso8859-N), with their error handlers. Also
here: unicode_escape and raw_unicode_escape, and the bytes/str transforms hex, base64 and
rot13. Error handlers added with register_error() are found by lookup_error(), but the
built-in str.encode/bytes.decode only apply the standard ones (strict, ignore, replace,
backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass).
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecoded tail of the input between calls to decode()."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# -- the text codecs -----------------------------------------------------------------------

# canonical names (as CodecInfo.name shows them) for the spellings Python accepts
_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8sig': 'utf-8-sig',
    'ascii': 'ascii', 'usascii': 'ascii', '646': 'ascii', 'ansix3.41968': 'ascii',
    'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1', 'iso88591': 'iso8859-1',
    '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'iso885911987': 'iso8859-1',
    'utf16': 'utf-16', 'utf16le': 'utf-16-le', 'utf16be': 'utf-16-be',
    'utf32': 'utf-32', 'utf32le': 'utf-32-le', 'utf32be': 'utf-32-be',
    'unicodeescape': 'unicode-escape', 'rawunicodeescape': 'raw-unicode-escape',
    'hex': 'hex', 'hexcodec': 'hex', 'base64': 'base64', 'base64codec': 'base64',
    'base': 'base64', 'rot13': 'rot-13',
}
for _n in range(1250, 1259):
    _ALIASES['cp%d' % _n] = _ALIASES['windows%d' % _n] = 'cp%d' % _n
for _n in range(1, 17):
    _ALIASES.setdefault('iso8859%d' % _n, 'iso8859-%d' % _n)
del _n


def _key(encoding):
    return encoding.lower().replace('-', '').replace('_', '').replace(' ', '')


def _python_name(name):
    """The name used in generated function names (utf_8_encode, latin_1_encode, ...)."""
    return {'iso8859-1': 'latin_1'}.get(name, name.replace('-', '_'))


def _make_text_codec(name):
    fname = _python_name(name)

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (fname, type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input)
        return data.decode(name, errors), len(data)

    encode.__name__ = fname + '_encode'
    decode.__name__ = fname + '_decode'

    class _Encoder(IncrementalEncoder):
        _bom_written = False

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if name in ('utf-16', 'utf-32', 'utf-8-sig'):
                # the BOM comes once, at the start of the stream
                if self._bom_written:
                    data = data[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
                elif input:
                    self._bom_written = True
            return data

        def reset(self):
            self._bom_written = False

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self._actual = None if name in _BOM_SIZES else name

        def _buffer_decode(self, data, errors, final):
            skip = 0
            if self._actual is None:
                # the first bytes decide the byte order (or are the signature to drop)
                if name == 'utf-8-sig' and len(data) < 3 and BOM_UTF8.startswith(data):
                    return '', 0     # a signature cut short is dropped, even at the end
                if len(data) < _BOM_SIZES[name] and not final:
                    return '', 0
                self._actual, skip = _choose_by_bom(name, data)
            size = _complete_prefix(self._actual, data[skip:], final)
            return data[skip:skip + size].decode(self._actual, errors), skip + size

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._actual = None if name in _BOM_SIZES else name

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    for cls, label in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                       (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = label
        cls.__module__ = 'encodings.' + fname
    return CodecInfo(encode, decode, _Reader, _Writer, _Encoder, _Decoder, name=name)


_BOM_SIZES = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}


def _choose_by_bom(name, data):
    """(codec for the rest, bytes of signature to skip) from the start of the input."""
    native = '-le' if sys.byteorder == 'little' else '-be'
    if name == 'utf-8-sig':
        return 'utf-8', 3 if data.startswith(BOM_UTF8) else 0
    if name == 'utf-16':
        if data.startswith(BOM_UTF16_LE):
            return 'utf-16-le', 2
        if data.startswith(BOM_UTF16_BE):
            return 'utf-16-be', 2
        return 'utf-16' + native, 0
    if data.startswith(BOM_UTF32_LE):
        return 'utf-32-le', 4
    if data.startswith(BOM_UTF32_BE):
        return 'utf-32-be', 4
    return 'utf-32' + native, 0


def _complete_prefix(name, data, final):
    """How many bytes of data can be decoded now (the rest waits for more input)."""
    if final:
        return len(data)
    n = len(data)
    if name == 'utf-8':
        # leave an incomplete multi-byte sequence at the end
        for back in range(1, min(4, n) + 1):
            b = data[n - back]
            if b < 0x80:
                return n
            if b >= 0xC0:
                need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                return n if back >= need else n - back
        return n
    if name.startswith('utf-16'):
        n -= n % 2
        if n >= 2:
            high = data[n - 1] if name.endswith('le') else data[n - 2]
            if 0xD8 <= high <= 0xDB:
                n -= 2   # a high surrogate waits for its partner
        return n
    if name.startswith('utf-32'):
        return n - n % 4
    return n


# -- unicode_escape -----------------------------------------------------------------------

_SIMPLE_ESCAPES = {'\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\n': ''}


def _escape_decode_error(data, start, end, reason, errors):
    if errors == 'strict':
        raise UnicodeDecodeError('unicodeescape', bytes(data), start, end, reason)
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '\ufffd'
    if errors == 'backslashreplace':
        return ''.join('\\x%02x' % b for b in data[start:end])
    raise LookupError("unknown error handler name %r" % errors)


def _unicode_escape_decode(input, errors='strict', raw=False):
    if isinstance(input, str):
        input = input.encode('latin-1' if raw else 'utf-8')
    data = bytes(input)
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = chr(data[i])
        if c != '\\':
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            if raw:
                out.append('\\')
                i += 1
                continue
            out.append(_escape_decode_error(data, i, n, '\\ at end of string', errors))
            break
        e = chr(data[i + 1])
        if raw and e not in 'uU':
            out.append('\\')
            i += 1
            continue
        if not raw and e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            i += 2
        elif not raw and e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and chr(data[j]) in '01234567':
                j += 1
            out.append(chr(int(data[i + 1:j], 8)))
            i = j
        elif e in 'xuU' and not (raw and e == 'x'):
            width = {'x': 2, 'u': 4, 'U': 8}[e]
            digits = data[i + 2:i + 2 + width]
            ok = len(digits) == width and all(chr(d) in '0123456789abcdefABCDEF' for d in digits)
            if not ok:
                end = i + 2
                while end < n and end < i + 2 + width and chr(data[end]) in '0123456789abcdefABCDEF':
                    end += 1
                out.append(_escape_decode_error(data, i, end, 'truncated \\%sXX%s escape'
                                                % (e, 'XX' * (width // 2 - 1)), errors))
                i = end
                continue
            value = int(digits, 16)
            if value > 0x10FFFF:
                out.append(_escape_decode_error(data, i, i + 2 + width,
                                                'illegal Unicode character', errors))
            else:
                out.append(chr(value))
            i += 2 + width
        elif not raw and e == 'N':
            close = data.find(b'}', i + 3)
            if i + 2 >= n or chr(data[i + 2]) != '{' or close < 0:
                out.append(_escape_decode_error(data, i, min(n, i + 2),
                                                'malformed \\N character escape', errors))
                i += 2
                continue
            import unicodedata
            try:
                out.append(unicodedata.lookup(data[i + 3:close].decode('ascii')))
            except (KeyError, UnicodeDecodeError):
                out.append(_escape_decode_error(data, i, close + 1,
                                                'unknown Unicode character name', errors))
            i = close + 1
        else:
            out.append('\\' + e)
            i += 2
    return ''.join(out), n


def _unicode_escape_encode(input, errors='strict', raw=False):
    out = []
    for ch in input:
        c = ord(ch)
        if raw:
            out.append(ch if c < 0x100 else ('\\u%04x' % c if c < 0x10000 else '\\U%08x' % c))
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        elif c < 0x100:
            out.append('\\x%02x' % c)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1'), len(input)


def _make_escape_codec(name, raw):
    fname = _python_name(name)

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (fname, type(input).__name__))
        return _unicode_escape_encode(input, errors, raw)

    def decode(input, errors='strict'):
        return _unicode_escape_decode(input, errors, raw)

    encode.__name__ = fname + '_encode'
    decode.__name__ = fname + '_decode'

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return _unicode_escape_encode(input, self.errors, raw)[0]

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return _unicode_escape_decode(input, self.errors, raw)[0]

    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name=name)


# -- bytes-to-bytes and str-to-str transforms ------------------------------------------------

def _make_transform(name, enc, dec):
    def encode(input, errors='strict'):
        return enc(input), len(input)

    def decode(input, errors='strict'):
        return dec(input), len(input)

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name=name,
                     _is_text_encoding=False)


def _hex_enc(b):
    import binascii
    return binascii.b2a_hex(b)


def _hex_dec(b):
    import binascii
    return binascii.a2b_hex(b)


def _b64_enc(b):
    import base64
    return base64.encodebytes(b)


def _b64_dec(b):
    import base64
    return base64.decodebytes(b)


def _rot13(s):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


# -- the registry ---------------------------------------------------------------------------

_search_functions = []
_cache = {}


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin_codec(name):
    if name in ('unicode-escape', 'raw-unicode-escape'):
        return _make_escape_codec(name.replace('-', '_'), name.startswith('raw'))
    if name == 'hex':
        return _make_transform('hex', _hex_enc, _hex_dec)
    if name == 'base64':
        return _make_transform('base64', _b64_enc, _b64_dec)
    if name == 'rot-13':
        return _make_transform('rot-13', _rot13, _rot13)
    return _make_text_codec(name)


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo
    object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    normalized = encoding.lower().replace(' ', '_')
    if normalized in _cache:
        return _cache[normalized]
    for search in _search_functions:
        found = search(normalized)
        if found is not None:
            if not isinstance(found, CodecInfo):
                if not isinstance(found, tuple) or len(found) != 4:
                    raise TypeError('codec search functions must return 4-tuples')
                found = CodecInfo(*found)
            _cache[normalized] = found
            return found
    name = _ALIASES.get(_key(encoding))
    if name is None:
        try:
            ''.encode(encoding)
        except LookupError:
            raise LookupError('unknown encoding: %s' % encoding) from None
        name = encoding.lower().replace('_', '-')
    info = _builtin_codec(name)
    _cache[normalized] = info
    return info


def _text_info(encoding, what):
    info = lookup(encoding)
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("encoding with %r codec failed (TypeError: %s)" % (encoding, e)) from e


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except TypeError as e:
        raise TypeError("decoding with %r codec failed (TypeError: %s)" % (encoding, e)) from e


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from the iterator one by one."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from the iterator one by one."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def _codec_functions():
    g = globals()
    for name in ('utf-8', 'utf-8-sig', 'ascii', 'iso8859-1', 'utf-16', 'utf-16-le',
                 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
        info = lookup(name)
        g[info.encode.__name__] = info.encode
        g[info.decode.__name__] = info.decode
    for name in ('unicode-escape', 'raw-unicode-escape'):
        info = lookup(name)
        g[info.encode.__name__] = info.encode
        g[info.decode.__name__] = info.decode


# -- streams --------------------------------------------------------------------------------

class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + data
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        text = self.charbuffer + text
        if chars >= 0:
            self.charbuffer = text[chars:]
            return text[:chars]
        self.charbuffer = ""
        return text

    def readline(self, size=None, keepends=True):
        # lines end where str.splitlines() ends them (as CPython's StreamReader)
        text = self.read()
        if not text:
            return ''
        line = text.splitlines(keepends=True)[0]
        self.charbuffer = text[len(line):]
        if keepends:
            return line
        return line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream with a reader and a writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        raise NotImplementedError('pygil: codecs.StreamRecoder is not supported')


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    raise NotImplementedError('pygil: codecs.EncodedFile is not supported')


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding. Line endings are not translated (the file is read and
    written in binary underneath, as in CPython)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


# -- error handlers -------------------------------------------------------------------------

def _exc_check(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding
    errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    """Implements the 'ignore' error handling, which ignores malformed data and
    continues."""
    _exc_check(exc)
    return ('', exc.end)


def replace_errors(exc, /):
    """Implements the 'replace' error handling, which replaces malformed data with a
    replacement marker."""
    _exc_check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable
    character with the appropriate XML character reference."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc, /):
    """Implements the 'backslashreplace' error handling, which replaces malformed data
    with a backslashed escape sequence."""
    _exc_check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for c in exc.object[exc.start:exc.end]:
        n = ord(c)
        out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exc.end)


def namereplace_errors(exc, /):
    """Implements the 'namereplace' error handling, which replaces an unencodable
    character with a \\N{...} escape sequence."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except ValueError:
            n = ord(c)
            out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), exc.end)


def _surrogate_errors(exc):
    raise exc


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
    'surrogateescape': _surrogate_errors, 'surrogatepass': _surrogate_errors,
}


def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """lookup_error(errors) -> handler

Return the error handler for the specified error handling name or raise a
LookupError, if no handler exists under this name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


_codec_functions()
