# codecs: the base classes (CodecInfo, Codec, the incremental and buffered coders and their
# state), StreamReader/StreamWriter over BytesIO, the get* helpers, iterencode/iterdecode,
# the BOM constants, the error handlers on unusual input, EncodedFile and StreamRecoder.
import codecs
import io
import sys

e = codecs.BufferedIncrementalEncoder()
print(e.getstate(), repr(e.buffer), e.errors)
e.setstate('ab')
print(repr(e.buffer), e.getstate())
e.setstate(0)
print(repr(e.buffer))
d = codecs.BufferedIncrementalDecoder('replace')
print(d.getstate(), d.errors)
d.setstate((b'x', 0))
print(d.buffer, d.getstate())
d.reset()
print(d.buffer)
print(codecs.IncrementalEncoder().getstate(), codecs.IncrementalDecoder().getstate(),
      repr(codecs.IncrementalEncoder('ignore').buffer), codecs.IncrementalEncoder('ignore').errors)
for thunk in [lambda: codecs.IncrementalEncoder().encode('x'), lambda: codecs.Codec().encode('x'),
              lambda: codecs.Codec().decode(b'x'), lambda: codecs.IncrementalDecoder().decode(b''),
              lambda: codecs.BufferedIncrementalEncoder().encode('x'),
              lambda: codecs.BufferedIncrementalDecoder().decode(b'x')]:
    try:
        thunk()
    except NotImplementedError as exc:
        print('NotImplementedError', repr(exc))


class Upper(codecs.BufferedIncrementalEncoder):
    # encodes whole words only: a trailing partial word waits for more input
    def _buffer_encode(self, text, errors, final):
        cut = len(text) if final else text.rfind(' ') + 1
        return text[:cut].upper().encode('ascii', errors), cut


u = Upper()
print(u.encode('hello wor'), repr(u.buffer), u.getstate(), u.encode('ld and'), u.encode('', final=True))
u.encode('abc')
u.reset()
print(repr(u.buffer), u.encode('x y', True))

ci = codecs.CodecInfo(1, 2)
print(tuple(ci), ci.name, ci.incrementalencoder, ci.streamreader, ci._is_text_encoding, len(ci),
      repr(ci).split(' at ')[0])
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, name='x', _is_text_encoding=False)
print(tuple(ci), ci.incrementaldecoder, ci._is_text_encoding, codecs.CodecInfo._is_text_encoding,
      isinstance(ci, tuple))
print(codecs.lookup('hex')._is_text_encoding, codecs.lookup('utf-8')._is_text_encoding)
try:
    codecs.getincrementalencoder('x-none')
except LookupError as exc:
    print('LookupError', exc)

buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('é')
w.writelines(['a', 'b'])
print(buf.getvalue(), w.getvalue(), w.errors, w.stream is buf)
r = codecs.getreader('utf-8')(io.BytesIO('ab\ncd\r\nef'.encode()))
print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read()), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('ab\ncd\r\nef'.encode()))
print(r.readlines(), list(codecs.getreader('utf-8')(io.BytesIO(b'x\ny'))))
r = codecs.getreader('utf-8')(io.BytesIO('abcdef'.encode()))
print(repr(r.read(2)), repr(r.read(chars=1)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('a€b'.encode()))
print(repr(r.read(2)), r.bytebuffer, repr(r.read(1)), repr(r.read()))
r.seek(0)
print(repr(r.read()), r.bytebuffer, repr(r.charbuffer))
print(codecs.StreamReaderWriter.encoding, codecs.StreamReader.charbuffertype)
rw = codecs.StreamReaderWriter(io.BytesIO(), codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
rw.write('ñ')
rw.seek(0)
print(rw.read(), rw.tell(), rw.encoding)
with codecs.getwriter('ascii')(io.BytesIO()) as closing:
    pass
print(closing.closed)

print(list(codecs.iterencode(['a', '', 'é'], 'utf-16')), list(codecs.iterencode([], 'utf-8')))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a', b'\x00'], 'utf-16')),
      list(codecs.iterdecode([b'\xe2\x82'], 'utf-8', 'replace')))
print(codecs.getencoder('utf-8').__name__, codecs.getdecoder('latin-1').__name__,
      codecs.getreader('ascii').__name__, codecs.getwriter('ascii').__name__)

print(codecs.BOM, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE,
      codecs.BOM64_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF16 == codecs.BOM,
      sys.byteorder in ('little', 'big'))

enc_err = UnicodeEncodeError('latin-1', 'a\u20ac\U0001f600\x85\uffff', 1, 5, 'nope')
dec_err = UnicodeDecodeError('utf-8', b'a\x80\xff', 1, 3, 'bad')
tr_err = UnicodeTranslateError('ab\u20ac\u20ad', 2, 4, 'untranslatable')
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    handler = codecs.lookup_error(name)
    print(name, handler.__name__)
    for exc in (enc_err, dec_err, tr_err, 'text', 5):
        try:
            print('  ', handler(exc))
        except Exception as problem:
            print('  ', type(problem).__name__, problem)
try:
    codecs.register_error('x', 5)
except TypeError as exc:
    print('TypeError', exc)
try:
    codecs.lookup_error('x-none')
except LookupError as exc:
    print('LookupError', exc)
codecs.register_error('stars', lambda exc: ('*' * (exc.end - exc.start), exc.end))
print(codecs.lookup_error('stars')(enc_err), codecs.lookup_error('surrogateescape') is not None)
print(codecs.utf_16_le_encode('hi'), codecs.utf_32_be_decode(b'\x00\x00\x00A'),
      codecs.unicode_escape_encode('é'), codecs.raw_unicode_escape_decode(b'\\u20ac'),
      codecs.utf_8_decode(b'a\xe2'), codecs.utf_16_decode(b'\xff\xfea\x00b'), codecs.utf_16_decode(b'\xff'),
      codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b'), codecs.utf_16_le_decode(b'a\x00\x3d\xd8'),
      codecs.utf_8_decode(bytearray(b'ab')), codecs.latin_1_decode(b'ab'), hasattr(codecs, 'utf_8_sig_encode'))
try:
    codecs.utf_8_decode(b'a\xe2', 'strict', True)
except UnicodeDecodeError as exc:
    print('UnicodeDecodeError', exc)

# EncodedFile and StreamRecoder: bytes in one encoding over a stream holding another
raw = io.BytesIO("héllo\nwörld\nthird é\n".encode("utf-8"))
f = codecs.EncodedFile(raw, 'latin-1', 'utf-8')
print(type(f).__name__, f.data_encoding, f.file_encoding)
print(f.readline(), f.read(3), f.readlines())
out = io.BytesIO()
g = codecs.EncodedFile(out, 'latin-1', 'utf-8')
g.write('ça va'.encode('latin-1'))
g.writelines([b'\n', 'fin'.encode('latin-1')])
print(out.getvalue(), g.getvalue())
h = codecs.EncodedFile(io.BytesIO(b'abc\ndef'), 'ascii')
print(h.data_encoding, h.file_encoding, list(h))
r = codecs.StreamRecoder(io.BytesIO('é€'.encode('utf-16')), codecs.getencoder('utf-8'), codecs.getdecoder('utf-8'),
                         codecs.getreader('utf-16'), codecs.getwriter('utf-16'))
print(r.read(), r.errors)
try:
    codecs.EncodedFile(io.BytesIO('€'.encode()), 'latin-1', 'utf-8').read()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
x = codecs.EncodedFile(io.BytesIO('€'.encode()), 'latin-1', 'utf-8', errors='replace')
print(x.read())
with codecs.EncodedFile(io.BytesIO(), 'utf-8') as y:
    y.write(b'q')
print(y.closed)
print(codecs.StreamRecoder.data_encoding, codecs.StreamRecoder.file_encoding)
