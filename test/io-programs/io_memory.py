# io.StringIO, io.BytesIO, io.TextIOWrapper over a BytesIO, the io class tree
import io

s = io.StringIO('first\nsecond\nthird')
print(s.readline(), s.tell(), s.read(3), s.readlines(), s.read(), s.getvalue().upper())
s = io.StringIO()
print(s.write('abc'), s.write('déf\n'), s.tell(), repr(s.getvalue()))
s.seek(1)
s.write('X')
print(repr(s.getvalue()), s.tell(), s.truncate(2), repr(s.getvalue()))
s.seek(5)
s.write('!')
print(repr(s.getvalue()))
print(list(io.StringIO('a\nb\n')), io.StringIO('x').closed, io.StringIO('a\r\nb', newline=None).read().split('\n'))
print(repr(io.StringIO('a\r\nb\rc', newline='').readlines()))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError', e)

b = io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue(), b.seek(0), list(b))
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.getvalue(), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue(), len(b.getvalue()))
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba)
try:
    io.BytesIO().write('s')
except TypeError as e:
    print('TypeError', e)

w = io.TextIOWrapper(io.BytesIO('héllo\nwörld\n'.encode('utf-8')), encoding='utf-8')
print(w.readline(), w.read(), w.encoding)
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding='latin-1', newline='\r\n')
w.write('a\nb')
w.flush()
print(raw.getvalue())
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with io.StringIO('ctx') as s:
    print(s.read())
print(s.closed)
