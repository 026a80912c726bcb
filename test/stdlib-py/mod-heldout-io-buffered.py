# Buffered streams over in-memory and hand-written raw streams, as an I/O chapter builds them.
import io
import sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
raw = io.BytesIO(b"line1\nline2\nrest")
br = io.BufferedReader(raw, buffer_size=4)
print(br, br.raw is raw, br.readable(), br.writable(), br.seekable(), br.closed)
print(br.peek(2)[:10], br.read(3), br.read1(10), br.tell(), raw.tell(), br.readline(), list(br), br.read(), br.read(5))
br.seek(0); print(br.read(5), br.tell())
t(lambda: br.write(b"x"))
t(lambda: br.fileno())
t(lambda: br.name)
t(lambda: br.mode)
t(lambda: io.BufferedReader(raw, 0))
t(lambda: io.BufferedReader(raw, -1))
t(lambda: io.BufferedReader())
t(lambda: io.BufferedReader(5))
bw = io.BufferedWriter(io.BytesIO(), buffer_size=8)
print(bw.write(b"abc"), bw.raw.getvalue(), bw.tell())
bw.write(b"defghijk"); print(bw.raw.getvalue())
bw.flush(); print(bw.raw.getvalue())
t(lambda: bw.read())
d = bw.detach(); print(type(d).__name__, d.getvalue()[:3])
t(lambda: bw.write(b"x"))
t(lambda: bw.closed)
t(lambda: repr(bw))
br2 = io.BufferedReader(io.BytesIO(b"abc")); br2.close(); print(br2.closed, br2.raw.closed)
t(lambda: br2.read())
t(lambda: repr(br2))
rw = io.BufferedRandom(io.BytesIO(b"0123456789"))
print(rw.read(3), rw.write(b"XY"), rw.tell(), rw.seek(0), rw.read(), rw.raw.getvalue())
class R(io.RawIOBase):
    def __init__(self): self.data = b"hello world"; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(3, len(b))]
        b[:len(chunk)] = chunk; self.pos += len(chunk); return len(chunk)
print(io.BufferedReader(R()).read(), io.BufferedReader(R()).read1(), io.BufferedReader(R()).read(5))
t(lambda: io.BufferedWriter(R()))
tw = io.TextIOWrapper(io.BufferedReader(io.BytesIO("héllo\nw".encode())), encoding="utf-8")
print(tw.readlines())
with io.BufferedReader(io.BytesIO(b"ctx")) as f: print(f.read())
print(f.closed)
print(isinstance(br, io.BufferedReader), isinstance(br, io.BufferedIOBase), isinstance(br, io.IOBase), type(br))
with open(__file__, "rb") as real:
    print(real.read(6), type(real).__name__, real.name.endswith(".py"))
class MyR(io.BufferedReader): pass
print(repr(MyR(io.BytesIO())))
class MyS(io.StringIO): pass
print(repr(io.StringIO())[:20], type(io.StringIO()).__name__, io.BytesIO, io.TextIOWrapper.__name__)
try: io.StringIO().x
except AttributeError as e: print(e)
try: MyS().x
except AttributeError as e: print(e)
f = open(__file__); print(repr(f).split(" name=")[0], type(f).__name__); f.close()
f = open(__file__, "rb"); print(repr(f).split(" name=")[0], type(f)); f.close()
f = open(__file__, "rb", buffering=0); print(repr(f).split(" name=")[0], type(f)); f.close()
print(type(sys.stdin.buffer).__name__, type(sys.stdout).__name__)
try: io.BytesIO()[0]
except TypeError as e: print(e)
try: len(io.StringIO())
except TypeError as e: print(e)
