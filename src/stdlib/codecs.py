"""codecs: the codec registry, the base classes codecs are built from, and helpers.

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

# -- byte order marks ----------------------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'
# the marks of the machine's own byte order
BOM_UTF16, BOM_UTF32 = ((BOM_UTF16_LE, BOM_UTF32_LE) if sys.byteorder == 'little'
                        else (BOM_UTF16_BE, BOM_UTF32_BE))
# older spellings kept for compatibility (the BOM32 names are UTF-16's, BOM64 UTF-32's)
BOM, BOM_LE, BOM_BE = BOM_UTF16, BOM_UTF16_LE, BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# -- what a codec is made of -----------------------------------------------------------------

class CodecInfo(tuple):
    """What lookup() returns for a codec: its stateless encode/decode functions, its
    incremental and stream classes, and its name. As a tuple it is the old 4-tuple
    (encode, decode, streamreader, streamwriter)."""

    # False for the bytes-to-bytes and str-to-str transforms (hex, rot13, ...), which
    # str.encode and bytes.decode refuse
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        for field, value in (('name', name), ('encode', encode), ('decode', decode),
                             ('incrementalencoder', incrementalencoder),
                             ('incrementaldecoder', incrementaldecoder),
                             ('streamwriter', streamwriter), ('streamreader', streamreader)):
            setattr(info, field, value)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} object for encoding {self.name} "
                f"at {id(self):#x}>")


class Codec:
    """The stateless interface: encode(input, errors) and decode(input, errors) each
    return (output, how much of the input was consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes its input piece by piece: encode(piece) for each, final=True with the last.
    Subclasses supply encode()."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state (back to how a new encoder starts)."""

    def getstate(self):
        """The encoder's state as an int (0 for a fresh one)."""
        return 0

    def setstate(self, state):
        """Restore a state getstate() returned."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input it could not encode yet in self.buffer;
    subclasses supply _buffer_encode(input, errors, final) -> (output, consumed)."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes its input piece by piece: decode(piece) for each, final=True with the last.
    Subclasses supply decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state (back to how a new decoder starts)."""

    def getstate(self):
        """(bytes not decoded yet, an int of further state); (b"", 0) when fresh."""
        return (b"", 0)

    def setstate(self, state):
        """Restore a state getstate() returned."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes it could not decode yet in self.buffer;
    subclasses supply _buffer_decode(input, errors, final) -> (output, consumed)."""

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        super().reset()
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

    def decode_available(input, errors='strict', final=False):
        # the UTF codecs' module-level decoders (and stream readers) leave an incomplete
        # sequence at the end undecoded unless final is true
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input)
        if name in _BOM_SIZES and not final and len(data) < _BOM_SIZES[name]:
            return '', 0
        actual, skip = _choose_by_bom(name, data) if name in _BOM_SIZES else (name, 0)
        size = _complete_prefix(actual, data[skip:], final)
        return data[skip:skip + size].decode(actual, errors), skip + size

    encode.__name__ = fname + '_encode'
    decode.__name__ = fname + '_decode'
    if name in _PARTIAL_DECODERS:
        decode_available.__name__ = fname + '_decode'
        _PARTIAL_DECODERS[name] = decode_available

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
    _Reader.decode = staticmethod(_PARTIAL_DECODERS.get(name) or decode)
    for cls, label in ((_Encoder, 'IncrementalEncoder'), (_Decoder, 'IncrementalDecoder'),
                       (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = label
        cls.__module__ = 'encodings.' + fname
    return CodecInfo(encode, decode, _Reader, _Writer, _Encoder, _Decoder, name=name)


_BOM_SIZES = {'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}
# the codecs whose module-level decode function takes final (filled in as they are made)
_PARTIAL_DECODERS = dict.fromkeys(('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
                                   'utf-32-le', 'utf-32-be'))


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


def _codec_part(encoding, part):
    """One part of a codec's CodecInfo; LookupError(encoding) when the codec lacks it."""
    found = getattr(lookup(encoding), part)
    if found is None:
        raise LookupError(encoding)
    return found


def getencoder(encoding):
    """The stateless encode function of the codec for encoding."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The stateless decode function of the codec for encoding."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The incremental encoder class of the codec for encoding."""
    return _codec_part(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    """The incremental decoder class of the codec for encoding."""
    return _codec_part(encoding, 'incrementaldecoder')


def getreader(encoding):
    """The StreamReader class of the codec for encoding."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the codec for encoding."""
    return lookup(encoding).streamwriter


def _pieces_through(coder, pieces, final_input):
    # each non-empty output as it comes, then whatever the final call flushes
    for piece in pieces:
        produced = coder(piece)
        if produced:
            yield produced
    produced = coder(final_input, True)
    if produced:
        yield produced


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings iterator yields with an incremental encoder, yielding bytes."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    return _pieces_through(encoder.encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes iterator yields with an incremental decoder, yielding strings."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    return _pieces_through(decoder.decode, iterator, b"")


def _codec_functions():
    # the module-level codec functions (utf_8_encode, latin_1_decode, ...) of CPython's
    # _codecs, taken from the codecs themselves
    names = ('utf-8', 'ascii', 'iso8859-1', 'utf-16', 'utf-16-le', 'utf-16-be',
             'utf-32', 'utf-32-le', 'utf-32-be', 'unicode-escape', 'raw-unicode-escape')
    for name in names:
        info = lookup(name)
        for function in (info.encode, _PARTIAL_DECODERS.get(name) or info.decode):
            globals()[function.__name__] = function


# -- streams --------------------------------------------------------------------------------

class _WrapsStream:
    """What every stream wrapper shares: other attributes come from the wrapped stream,
    and leaving a with block closes it."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamWriter(_WrapsStream, Codec):
    """Writes strings to a binary stream, encoded with the class's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Encode object and write the bytes to the stream."""
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        """Write the concatenation of the strings in list."""
        self.write(''.join(list))

    def reset(self):
        """Forget encoder state (stateless here)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


class StreamReader(_WrapsStream, Codec):
    """Reads strings from a binary stream, decoded with the class's decode()."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""       # bytes read but not decodable yet
        self.charbuffer = ""        # text decoded but not returned yet

    def read(self, size=-1, chars=-1, firstline=False):
        """Up to chars characters (when chars < 0, up to size; when both are negative,
        everything left), reading size bytes at a time (all at once when size < 0)."""
        wanted = chars if chars >= 0 else size
        while wanted < 0 or len(self.charbuffer) < wanted:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            pending = self.bytebuffer + fresh
            if not pending:
                break
            text, used = self.decode(pending, self.errors)
            self.bytebuffer = pending[used:]
            self.charbuffer += text
            if not fresh:
                break
        if wanted < 0:
            wanted = len(self.charbuffer)
        result, self.charbuffer = self.charbuffer[:wanted], self.charbuffer[wanted:]
        return result

    def readline(self, size=None, keepends=True):
        """The next line; line ends are those str.splitlines() knows."""
        text = self.read()
        if not text:
            return ''
        first = text.splitlines(keepends=True)[0]
        self.charbuffer = text[len(first):]
        return first if keepends else first.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        """All the remaining lines, as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop the buffered bytes and text."""
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamReaderWriter(_WrapsStream):
    """A stream read through a StreamReader and written through a StreamWriter."""

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

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()


class StreamRecoder(_WrapsStream):
    """A stream seen in one encoding while it holds another: the stream's bytes are read
    with Reader and handed out re-encoded by encode; bytes written are decoded by decode
    and written with Writer."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def _outward(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._outward(self.reader.read(size))

    def readline(self, size=None):
        return self._outward(self.reader.readline() if size is None
                             else self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outward(self.reader.read()).splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._outward(next(self.reader))

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        # the reader and the writer share the stream: move it once, reset both
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file, which holds text in file_encoding (data_encoding if not given), so that
    its users read and write bytes in data_encoding (a StreamRecoder)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_codec = lookup(data_encoding)
    file_codec = lookup(file_encoding)
    recoder = StreamRecoder(file, data_codec.encode, data_codec.decode,
                            file_codec.streamreader, file_codec.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file whose content is text in encoding, read and written through a codec
    (a StreamReaderWriter); without an encoding, the plain file. The file is opened in
    binary underneath, so line ends are not translated."""
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    except BaseException:
        file.close()
        raise
    wrapped.encoding = encoding
    return wrapped


# -- error handlers -------------------------------------------------------------------------
# A handler gets the UnicodeError and returns (replacement, position to resume at).

def _refuse_unless(exc, *kinds):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def _escaped(text):
    """Python's \\x, \\u or \\U escape of each character."""
    escapes = []
    for char in text:
        code = ord(char)
        if code < 0x100:
            escapes.append('\\x%02x' % code)
        elif code < 0x10000:
            escapes.append('\\u%04x' % code)
        else:
            escapes.append('\\U%08x' % code)
    return ''.join(escapes)


_ANY_UNICODE_ERROR = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def strict_errors(exc, /):
    """The 'strict' handler: raise the error."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    """The 'ignore' handler: drop what cannot be encoded or decoded."""
    _refuse_unless(exc, *_ANY_UNICODE_ERROR)
    return ('', exc.end)


def replace_errors(exc, /):
    """The 'replace' handler: '?' for each unencodable character, one U+FFFD for a run of
    undecodable bytes, U+FFFD for each untranslatable character."""
    _refuse_unless(exc, *_ANY_UNICODE_ERROR)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    marker = '\ufffd' if isinstance(exc, UnicodeTranslateError) else '?'
    return (marker * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc, /):
    """The 'xmlcharrefreplace' handler (encoding only): an XML character reference
    (&#NNN;) for each unencodable character."""
    _refuse_unless(exc, UnicodeEncodeError)
    refs = ''.join('&#%d;' % ord(char) for char in exc.object[exc.start:exc.end])
    return (refs, exc.end)


def backslashreplace_errors(exc, /):
    """The 'backslashreplace' handler: a backslash escape for each undecodable byte or
    unencodable character."""
    _refuse_unless(exc, *_ANY_UNICODE_ERROR)
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % byte for byte in bad), exc.end)
    return (_escaped(bad), exc.end)


def namereplace_errors(exc, /):
    """The 'namereplace' handler (encoding only): \\N{NAME} for each unencodable character
    that has a name, a backslash escape for the others."""
    _refuse_unless(exc, UnicodeEncodeError)
    import unicodedata
    names = []
    for char in exc.object[exc.start:exc.end]:
        name = unicodedata.name(char, None)
        names.append(_escaped(char) if name is None else '\\N{%s}' % name)
    return (''.join(names), exc.end)


def _surrogate_errors(exc):
    # surrogateescape and surrogatepass are applied by the built-in codecs themselves
    raise exc


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors, 'namereplace': namereplace_errors,
    'surrogateescape': _surrogate_errors, 'surrogatepass': _surrogate_errors,
}


def register_error(errors, handler, /):
    """Make handler the error handler called for the error handling name errors."""
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    """The error handler registered under name; LookupError if there is none."""
    handler = _error_handlers.get(name)
    if handler is None:
        raise LookupError('unknown error handler name %r' % name)
    return handler


_codec_functions()
