# bytes, bytearray and text encodings with their errors
b = b'abc' + bytes([0, 255]) + bytearray(b'!')
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]), b.hex(), b.hex(':'), bytes.fromhex('de ad BE EF'))
print(b'a,b,,c'.split(b','), b'  x  y '.split(), b'a-b-c'.rsplit(b'-', 1), b' pad '.strip(), b'xxhixx'.strip(b'x'), b'-'.join([b'a', b'b']))
print(b'Hello'.upper(), b'Hello'.lower(), b'hello world'.title(), b'abc'.startswith(b'ab'), b'abc'.endswith((b'x', b'c')), b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abcabc'.count(b'b'))
print(b'a.b.c'.replace(b'.', b'/'), b'a\r\nb\nc'.splitlines(), b'12'.zfill(5), b'ab'.center(6, b'*'), b'x'.ljust(3), b'x'.rjust(3, b'0'), b'abc'.partition(b'b'))
print(b'abc' < b'abd', b'abc' == bytearray(b'abc'), b'a' in b'cat', 97 in b'cat', hash(b'xy') == hash(b'xy'), b'ab' * 3, 3 * b'-', b'%s=%d' % (b'k', 5))
ba = bytearray(b'hello')
ba[0] = 72
ba += b'!!'
ba.append(63)
ba.extend([1, 2])
del ba[-2:]
ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.decode(), bytes(ba), ba.count(b'l'), bytearray(3), bytearray('é', 'utf-8'))
for bad in [lambda: b'a' + 'b', lambda: bytes('x'), lambda: bytes([256]), lambda: bytes(-1), lambda: b'x'[5], lambda: ba.__setitem__(0, 300), lambda: bytes(1.5), lambda: b'a'.decode('nope')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
text = 'héllo wörld €😀'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'latin-1', 'ascii', 'cp1252', 'utf-8-sig']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            data = text.encode(enc, errors)
            print(enc, errors, data[:24], data.decode(enc, 'replace') if enc != 'ascii' else data.decode(enc))
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
for raw in [b'\xff', b'ok\xe2\x82', b'\xe2\x82x', b'\xc3\x28', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80']:
    for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
        try:
            print(raw, errors, repr(raw.decode('utf-8', errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, type(e).__name__, e)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'), repr('\udcff'.encode('utf-8', 'surrogateescape')), b'\xff'.decode('latin-1'))
