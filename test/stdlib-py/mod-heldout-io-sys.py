# In-memory streams and the sys module, as a systems-programming lesson shows them.
import atexit
import io
import os
import sys

s = io.StringIO("line one\nline two\nline three")
print(s.readline(), s.readlines(), s.read(), repr(s.read()), s.tell())
s.seek(0)
print(list(s), s.getvalue().count("\n"))
w = io.StringIO()
w.write("héllo")
print(w.tell(), w.getvalue(), w.write(" world"), w.getvalue())
w.seek(1)
w.write("E")
print(w.getvalue())
w.truncate(3)
print(repr(w.getvalue()), w.closed, w.readable(), w.writable(), w.seekable())
w.close()
for op in (lambda: w.getvalue(), lambda: w.write("x"), lambda: w.read()):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
nl = io.StringIO("a\r\nb\rc\n", newline=None)
print(nl.readlines())
nl = io.StringIO("a\r\nb\rc\n", newline="")
print(nl.readlines())
b = io.BytesIO(b"\x00\x01binary data")
print(b.read(2), b.read(), b.getbuffer().nbytes, b.seek(0, io.SEEK_END), b.tell())
b.write(b"!!")
print(b.getvalue(), b.readable(), b.seek(-3, 2), b.read())
try:
    b.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError:", e)
t = io.TextIOWrapper(io.BytesIO("ünïcode\nsecond\n".encode("utf-8")), encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
raw = io.BytesIO()
tw = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
tw.write("a\nb\n")
tw.flush()
print(raw.getvalue())
view = io.BytesIO(b"abcdef")
buf = view.getbuffer()
buf[0] = ord("Z")
print(type(buf).__name__, buf.nbytes, bytes(buf[1:3]), buf.readonly, view.getvalue())
del buf
with io.StringIO() as f:
    print("to file", 1, 2, sep="-", end="!\n", file=f)
    print(repr(f.getvalue()))
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.UnsupportedOperation.__mro__[1:3])
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__, sys.implementation.name in ("cpython", "pygil"))
print(sys.maxsize, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width)
print(sys.getrecursionlimit(), sys.argv[0].endswith(".py"), sys.platform, type(sys.path).__name__, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(sys.stdout.isatty(), sys.stdin is sys.__stdin__, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
print(sys.exc_info(), sys.maxunicode, sys.intern("abc") == "abc", sys.getsizeof(0) > 0, callable(sys.exit))
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0], sys.exc_info()[1], sys.exception())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit:", e.code)
sys.stdout.write("written directly\n")
print(sys.stdout.write("x") , file=sys.stderr)
sys.stderr.write("to stderr\n")
print(os.getcwd() == os.path.abspath("."), os.getpid() > 0, os.environ.get("SURELY_NOT_SET_VAR", "default"), "PATH" in os.environ, os.name, os.linesep == "\n")
os.environ["MY_VAR"] = "42"
print(os.environ["MY_VAR"], os.getenv("MY_VAR"), os.getenv("NOPE"), os.cpu_count() > 0)
try:
    os.environ["MISSING_ONE_XYZ"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    os.listdir("/definitely/not/here")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.chdir("/definitely/not/here")
except OSError as e:
    print(type(e).__name__, e.errno, e)

def goodbye(name, punct="!"):
    print("goodbye", name + punct)
atexit.register(goodbye, "world")
atexit.register(goodbye, "first", punct="?")
@atexit.register
def last():
    print("registered last, runs first")
def never():
    print("never")
atexit.register(never)
atexit.unregister(never)
print("end of program")
