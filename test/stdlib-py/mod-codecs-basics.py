# codecs: lookup and CodecInfo, encode/decode, incremental codecs and iterencode/iterdecode,
# codecs.open, BOMs, unicode_escape, the hex/base64/rot13 transforms, error handlers.
import codecs
import os

for name in ['utf8', 'UTF-8', 'u8', 'latin1', 'latin-1', 'iso-8859-1', 'ascii', 'us-ascii',
             'utf-16', 'utf_16_le', 'utf-32', 'cp1252', 'windows-1252', 'utf-8-sig']:
    info = codecs.lookup(name)
    print(name, info.name, repr(info).split(' at ')[0], len(info), info[0] is info.encode)
try:
    codecs.lookup('nope')
except LookupError as e:
    print('LookupError', e)

print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'\xff', 'utf-8', 'replace'))
for bad in [lambda: codecs.encode(b'x'), lambda: codecs.decode('x'), lambda: codecs.encode('é', 'ascii')]:
    try:
        bad()
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF16, codecs.BOM_UTF32_BE, codecs.BOM)
print(codecs.utf_8_encode('é'), codecs.utf_8_decode(b'\xc3\xa9'), codecs.latin_1_encode('é'), codecs.ascii_decode(b'ok'))
print(codecs.getencoder('ascii')('hi'), codecs.getdecoder('utf-16')(b'\xff\xfeh\x00'))

# incremental decoding keeps incomplete sequences for the next call
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1']:
    data = 'a€😀b'.encode(enc) if enc != 'latin-1' else 'aéb'.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, parts)
    enc_obj = codecs.getincrementalencoder(enc)()
    print('  ', b''.join([enc_obj.encode('a'), enc_obj.encode('é'), enc_obj.encode('', final=True)]))
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'!'], 'utf-8')), b''.join(codecs.iterencode(['a', 'é'], 'utf-8')))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

# codecs.open: no newline translation
path = 'codecs_test.tmp'
with codecs.open(path, 'w', 'utf-8') as f:
    f.write('line one\r\nlíne two\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', 'utf-8') as f:
    print(repr(f.read()))
with codecs.open(path, 'r', 'utf-8') as f:
    print([line for line in f])
with codecs.open(path, 'rb') as f:
    print(type(f).__name__, f.read(4))
os.remove(path)

print(codecs.decode(b'a\\nb\\t\\u00e9\\x41\\101\\N{BULLET}\\\\', 'unicode_escape'))
print(codecs.encode('a\nb\té\u20ac\U0001f600\\', 'unicode_escape'))
print(codecs.decode('x\\u0041\\n', 'raw_unicode_escape'), codecs.encode('é€', 'raw_unicode_escape'))
try:
    codecs.decode(b'\\x4', 'unicode_escape')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))

print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace').__name__)
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print('LookupError', e)
exc = UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'ordinal not in range(128)')
for h in ['ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace']:
    print(h, codecs.lookup_error(h)(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc), codecs.ignore_errors(dexc))
codecs.register_error('mine', lambda e: ('?', e.end))
print(codecs.lookup_error('mine')(exc))

# errors raised by the built-in codecs carry the five fields, so handlers can use them
for f in [lambda: 'aé'.encode('ascii'), lambda: b'a\xff'.decode('utf-8'), lambda: b'\xe2\x82'.decode('utf-8'),
          lambda: 'x\udc80'.encode('utf-8')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e, repr(e), e.encoding, e.start, e.end, e.reason)
        print('  ', codecs.lookup_error('backslashreplace')(e), codecs.lookup_error('replace')(e))

# UTF-16 surrogates: pairs, lone halves, truncation, under each error handler
for b in [b'=\xd8\x00', b'=\xd8', b'=\xd8A\x00', b'A\x00=\xd8', b'\x00\xdc', b'=\xd8=\xd8\x00\xdc', b'A\x00B', b'h\x00i\x00', b'=\xd8\x00\xdeA']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass']:
        try:
            print(b, err, ascii(b.decode('utf-16-le', err)))
        except UnicodeDecodeError as e:
            print(b, err, 'UnicodeDecodeError', e)
    print(ascii(b.decode('utf-16-be', 'replace')))
print(ascii((b'\xff\xfe' + b'=\xd8').decode('utf-16', 'replace')))

# utf-16/32: lone surrogates when encoding, surrogate code points when decoding utf-32
import struct
for cps in [[0x41], [0xd800], [0x110000], [0x41, 0xdfff, 0x42], [0x1f600]]:
    b = struct.pack('<%dI' % len(cps), *cps)
    for err in ['strict', 'replace', 'ignore', 'surrogatepass']:
        try:
            print(cps, err, ascii(b.decode('utf-32-le', err)))
        except UnicodeDecodeError as e:
            print(cps, err, 'UnicodeDecodeError', e)
print(ascii(b'A\x00\x00\x00B'.decode('utf-32-le', 'replace')))
for s in ['a\ud800', 'ok']:
    for enc in ['utf-16', 'utf-32', 'utf-16-le']:
        try:
            print(enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, 'UnicodeEncodeError', e)
for s in ['a\ud800b', 'x\udcff\ud801y', 'a\U0001f600']:
    for enc in ['utf-16', 'utf-16-be', 'utf-32-le']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass', 'surrogateescape']:
            try:
                print(enc, err, s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, err, 'UnicodeEncodeError', e)
