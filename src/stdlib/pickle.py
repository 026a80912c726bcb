"""Serialize Python objects to bytes and back (the pickle protocols 0 to 5).

Written for pygil from the documented pickle format (the opcode list of the
pickletools documentation and PEPs 307, 3154 and 574); python3 was the oracle for
which opcodes a given value gets, so that dumps() gives the bytes CPython gives
for the usual values.
"""

import sys
import io
import codecs
import copyreg
from struct import pack, unpack
from itertools import islice

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    __module__ = "_pickle"


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""
    __module__ = "_pickle"


class UnpicklingError(PickleError):
    """This exception is raised if there is a problem unpickling an object,
    such as a security violation."""
    __module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (protocol 5)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        self._view.release()

    def __buffer_bytes(self):
        return bytes(self._view)


# ---------------------------------------------------------------- opcodes
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCH = 1000               # items per APPENDS / SETITEMS / ADDITEMS run
_FRAME_TARGET = 64 * 1024   # a frame is closed once it holds this much
_FRAME_MIN = 4              # smaller payloads are written without a FRAME header


# Python 2 spellings of some names, for protocols 0-2 (fix_imports).
_PY2_MODULE = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
               "reprlib": "repr", "socketserver": "SocketServer",
               "configparser": "ConfigParser", "_thread": "thread"}
_PY2_NAME = {("builtins", "int"): ("__builtin__", "long"),
             ("builtins", "str"): ("__builtin__", "unicode"),
             ("builtins", "range"): ("__builtin__", "xrange"),
             ("builtins", "input"): ("__builtin__", "raw_input"),
             ("builtins", "chr"): ("__builtin__", "unichr"),
             ("functools", "reduce"): ("__builtin__", "reduce"),
             ("sys", "intern"): ("__builtin__", "intern"),
             ("builtins", "zip"): ("itertools", "izip"),
             ("builtins", "map"): ("itertools", "imap"),
             ("builtins", "filter"): ("itertools", "ifilter"),
             ("itertools", "zip_longest"): ("itertools", "izip_longest"),
             ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
             ("collections", "UserList"): ("UserList", "UserList"),
             ("collections", "UserString"): ("UserString", "UserString")}
# The exception classes Python 2 kept in its 'exceptions' module.
_PY2_EXCEPTIONS = frozenset("""
    ArithmeticError AssertionError AttributeError BaseException BufferError
    BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError
    ImportWarning IndentationError IndexError KeyError KeyboardInterrupt
    LookupError MemoryError NameError NotImplementedError OSError OverflowError
    PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
    StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError
    TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError
    UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError
    Warning ZeroDivisionError""".split())
_PY3_MODULE = {v: k for k, v in _PY2_MODULE.items()}
_PY3_MODULE["exceptions"] = "builtins"
_PY3_NAME = {v: k for k, v in _PY2_NAME.items()}


def _to_py2(module, name):
    if (module, name) in _PY2_NAME:
        return _PY2_NAME[(module, name)]
    if module == "builtins" and name in _PY2_EXCEPTIONS:
        return "exceptions", name
    return _PY2_MODULE.get(module, module), name


def _to_py3(module, name):
    if (module, name) in _PY3_NAME:
        return _PY3_NAME[(module, name)]
    return _PY3_MODULE.get(module, module), name


def _encode_long(x):
    """Little-endian two's complement in as few bytes as hold x (0 -> b'')."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: backslash, newline, NUL, CR and \\x1a
    (and everything past latin-1) as \\uXXXX / \\UXXXXXXXX escapes."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\\n\r\x00\x1a":
            out.append("\\u%04x" % o)
        elif o > 0xffff:
            out.append("\\U%08x" % o)
        elif o > 0xff:
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _lookup_dotted(obj, qualname):
    for part in qualname.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(qualname, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj


def _import(module_name):
    if module_name == "_codecs" and "_codecs" not in sys.modules:
        return codecs      # pygil's codecs has no C half
    __import__(module_name, level=0)
    return sys.modules[module_name]


def _module_of(obj, name):
    module = getattr(obj, "__module__", None)
    if module is not None:
        return module
    for modname, mod in list(sys.modules.items()):
        if modname == "__main__" or modname == "__mp_main__" or mod is None:
            continue
        try:
            if _lookup_dotted(mod, name) is obj:
                return modname
        except AttributeError:
            pass
    return "__main__"


# Reductions of built-in types whose __reduce_ex__ pygil's runtime lacks.
def _reduce_bytearray(obj, proto):
    return (bytearray, (bytes(obj),)) if obj else (bytearray, ())


_BUILTIN_REDUCERS = {
    range: lambda r, proto: (range, (r.start, r.stop, r.step)),
    slice: lambda s, proto: (slice, (s.start, s.stop, s.step)),
}


def _newobj_reduce(obj, cls):
    """object.__reduce_ex__ for protocols 2+: __getnewargs_ex__ or __getnewargs__,
    __getstate__, and the items of list and dict subclasses."""
    kwargs = {}
    if hasattr(obj, "__getnewargs_ex__"):
        pair = obj.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    elif hasattr(obj, "__getnewargs__"):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
    else:
        args = ()
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


class _Framer:
    """Collects protocol-4+ output into frames (PEP 3154)."""

    def __init__(self, write):
        self.file_write = write
        self.frame = None

    def start(self):
        self.frame = io.BytesIO()

    def end(self):
        if self.frame is not None and self.frame.tell():
            self.commit(force=True)
        self.frame = None

    def commit(self, force=False):
        f = self.frame
        if f is None:
            return
        if f.tell() >= _FRAME_TARGET or force:
            data = f.getvalue()
            if len(data) >= _FRAME_MIN:
                self.file_write(FRAME + pack("<Q", len(data)))
            self.file_write(data)
            self.frame = io.BytesIO()

    def write(self, data):
        if self.frame is not None:
            return self.frame.write(data)
        return self.file_write(data)

    def write_large(self, header, payload):
        # a payload as big as a frame goes out on its own, after the frame so far
        if self.frame is not None:
            self.commit(force=True)
        self.file_write(header)
        self.file_write(payload)


class Pickler:
    """Writes pickles of objects to a binary file.

    Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)
    """

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self._buffer_callback = buffer_callback
        self._framer = _Framer(self._file_write)
        self.write = self._framer.write
        self.memo = {}
        self._proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Forget the objects pickled so far: they are written again in full."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_framer"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        if self._proto >= 2:
            self._file_write(PROTO + pack("<B", self._proto))
        if self._proto >= 4:
            self._framer.start()
        self.save(obj)
        self.write(STOP)
        self._framer.end()

    # ---- memo
    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self._proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + pack("<B", idx) if idx < 256 else LONG_BINPUT + pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def _get(self, idx):
        if self.bin:
            return BINGET + pack("<B", idx) if idx < 256 else LONG_BINGET + pack("<I", idx)
        return GET + repr(idx).encode("ascii") + b'\n'

    # ---- the dispatcher
    def save(self, obj, save_persistent_id=True):
        self._framer.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        hit = self.memo.get(id(obj))
        if hit is not None:
            self.write(self._get(hit[0]))
            return

        t = type(obj)
        reduce_over = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce_over is not None:
            rv = reduce_over(obj)
        if rv is NotImplemented:
            method = self._dispatch.get(t)
            if method is not None:
                method(self, obj)
                return
            table = getattr(self, "dispatch_table", copyreg.dispatch_table)
            reducer = table.get(t)
            if reducer is not None:
                rv = reducer(obj)
            elif isinstance(t, type) and issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce_object(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce_object(self, obj, t):
        if t in _BUILTIN_REDUCERS:
            try:
                return obj.__reduce_ex__(self._proto)
            except TypeError:
                return _BUILTIN_REDUCERS[t](obj, self._proto)
        reduce_ex = getattr(obj, "__reduce_ex__", None)
        if reduce_ex is None:
            reduce = getattr(obj, "__reduce__", None)
            if reduce is None:
                raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))
            return reduce()
        plain = (getattr(t, "__reduce_ex__", None) is object.__reduce_ex__
                 and getattr(t, "__reduce__", None) is object.__reduce__)
        if plain and self._proto < 2:
            return copyreg._reduce_ex(obj, self._proto)
        rv = reduce_ex(self._proto)
        if plain and isinstance(rv, tuple) and getattr(rv[0], "__name__", "") == "__newobj__":
            rv = _newobj_reduce(obj, t)
        return rv

    def persistent_id(self, obj):
        return None

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        write = self.write
        fname = getattr(func, "__name__", "")
        if self._proto >= 2 and fname == "__newobj_ex__":
            cls, fargs, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self._proto >= 4:
                self.save(cls)
                self.save(fargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *fargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif self._proto >= 2 and fname == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)

        if obj is not None:
            hit = self.memo.get(id(obj))
            if hit is not None:
                # the object was pickled while its own arguments were
                write(POP + self._get(hit[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # ---- atoms
    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self._proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + pack("<i", obj))
                return
        if self._proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                self.write(LONG1 + pack("<B", n) + data)
            else:
                self.write(LONG4 + pack("<i", n) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self._proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack("<B", n) + obj)
        elif n > 0xffffffff and self._proto >= 4:
            self._write_sized(BINBYTES8 + pack("<Q", n), obj)
        elif n >= _FRAME_TARGET:
            self._write_sized(BINBYTES + pack("<I", n), obj)
        else:
            self.write(BINBYTES + pack("<I", n) + obj)
        self.memoize(obj)

    def _write_sized(self, header, payload):
        if len(payload) >= _FRAME_TARGET and self._proto >= 4:
            self._framer.write_large(header, payload)
        else:
            self.write(header + payload)

    def save_bytearray(self, obj):
        if self._proto < 5:
            self.save_reduce(*_reduce_bytearray(obj, self._proto), obj=obj)
            return
        n = len(obj)
        self._write_sized(BYTEARRAY8 + pack("<Q", n), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xff and self._proto >= 4:
                self.write(SHORT_BINUNICODE + pack("<B", n) + data)
            elif n > 0xffffffff and self._proto >= 4:
                self._write_sized(BINUNICODE8 + pack("<Q", n), data)
            else:
                self._write_sized(BINUNICODE + pack("<I", n), data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # ---- containers
    def save_tuple(self, obj):
        write = self.write
        n = len(obj)
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self._proto >= 2:
            for item in obj:
                self.save(item)
            hit = self.memo.get(id(obj))
            if hit is not None:
                write(POP * n + self._get(hit[0]))
            else:
                write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            self.save(item)
        hit = self.memo.get(id(obj))
        if hit is not None:
            if self.bin:
                write(POP_MARK + self._get(hit[0]))
            else:
                write(POP * (n + 1) + self._get(hit[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin or len(obj) < 2:
            self._batch_appends(obj)
            return
        # a list of two or more items: every run, even a last run of one, is MARK ... APPENDS
        save, write = self.save, self.write
        for start in range(0, len(obj), _BATCH):
            write(MARK)
            for x in obj[start:start + _BATCH]:
                save(x)
            write(APPENDS)

    def _batch_appends(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCH))
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not self.bin or len(obj) < 2:
            self._batch_setitems(obj.items())
            return
        # runs of MARK ... SETITEMS; a dict of exactly k*1000 items ends with an empty run
        save, write = self.save, self.write
        it = iter(obj.items())
        while True:
            batch = list(islice(it, _BATCH))
            write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)
            if len(batch) < _BATCH:
                return

    def _batch_setitems(self, items):
        save, write = self.save, self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCH))
            if len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self._proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        # a set of exactly k*1000 items ends with an empty run, as CPython's
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCH))
            write(MARK)
            for x in batch:
                self.save(x)
            write(ADDITEMS)
            if len(batch) < _BATCH:
                return

    def save_frozenset(self, obj):
        if self._proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for x in obj:
            self.save(x)
        hit = self.memo.get(id(obj))
        if hit is not None:
            write(POP_MARK + self._get(hit[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # ---- references by name
    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = _module_of(obj, name)
        if obj is codecs.encode:
            module_name = "_codecs"     # where CPython keeps it: pickles name it so
        try:
            module = _import(module_name)
            found = _lookup_dotted(module, name)
        except (ImportError, KeyError, AttributeError):
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % name) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self._proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        last = name.rpartition(".")[2]
        if self._proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif "." in name:
            # a nested qualified name before protocol 4: getattr(parent, last) by reduce
            parent = _lookup_dotted(module, name.rpartition(".")[0])
            self.save_reduce(getattr, (parent, last))
        else:
            if self.fix_imports:
                module_name, name = _to_py2(module_name, name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module, name, self._proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def _save_singleton(self, obj):
        self.save_global(obj, "Ellipsis" if obj is ... else "NotImplemented")

    _dispatch = {}


def _function_types():
    def f():
        pass
    return {type(f), type(len), type([].append), type(object.__init__), type(str.join)}


Pickler._dispatch = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    type(...): Pickler._save_singleton,
    type(NotImplemented): Pickler._save_singleton,
}
for _t in _function_types():
    if _t not in Pickler._dispatch:
        Pickler._dispatch[_t] = Pickler.save_global
del _t


# ---------------------------------------------------------------- unpickling

class Unpickler:
    """Reads pickled objects from a binary file.

    Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=())
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self._proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read a pickled object representation from the open file and
        return the reconstituted object."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._proto = 0
        table = self._ops
        try:
            while True:
                key = self.read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = table.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key[0]))
                op(self)
        except _Stop as stopinst:
            return stopinst.value

    # ---- reading, through the current frame
    def read(self, n):
        f = self._frame
        if f is not None:
            data = f.read(n)
            if len(data) == n or n == 0:
                return data
            if data:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        return self._file_read(n)

    def readline(self):
        f = self._frame
        if f is not None:
            data = f.readline()
            if data:
                if not data.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        return self._file_readline()

    def _need(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            if not data:
                raise EOFError("Ran out of input")
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        self.append = self.stack.append
        return items

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """Return the object module.name (the GLOBAL and STACK_GLOBAL opcodes)."""
        if self._proto < 3 and self.fix_imports:
            module, name = _to_py3(module, name)
        mod = _import(module)
        if self._proto >= 4:
            return _lookup_dotted(mod, name)
        return getattr(mod, name)

    # ---- opcode handlers
    def _proto(self):
        proto = self._need(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self._proto = proto

    def _frame_op(self):
        size = unpack("<Q", self._need(8))[0]
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(data)

    def _persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def _binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def _none(self):
        self.append(None)

    def _false(self):
        self.append(False)

    def _true(self):
        self.append(True)

    def _int(self):
        data = self._line()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def _binint(self):
        self.append(unpack("<i", self._need(4))[0])

    def _binint1(self):
        self.append(self._need(1)[0])

    def _binint2(self):
        self.append(unpack("<H", self._need(2))[0])

    def _long(self):
        val = self._line()
        if val.endswith(b'L'):
            val = val[:-1]
        self.append(int(val, 0))

    def _long1(self):
        n = self._need(1)[0]
        self.append(_decode_long(self._need(n)))

    def _long4(self):
        n = unpack("<i", self._need(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._need(n)))

    def _float(self):
        self.append(float(self._line()))

    def _binfloat(self):
        self.append(unpack(">d", self._need(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _string(self):
        data = self._line().rstrip()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        data = codecs.decode(data.decode("latin-1"), "unicode-escape").encode("latin-1")
        self.append(self._decode_string(data))

    def _binstring(self):
        n = unpack("<i", self._need(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._need(n)))

    def _short_binstring(self):
        n = self._need(1)[0]
        self.append(self._decode_string(self._need(n)))

    def _binbytes(self):
        n = unpack("<I", self._need(4))[0]
        self.append(self._need(n))

    def _short_binbytes(self):
        n = self._need(1)[0]
        self.append(self._need(n))

    def _binbytes8(self):
        n = unpack("<Q", self._need(8))[0]
        self.append(self._need(n))

    def _bytearray8(self):
        n = unpack("<Q", self._need(8))[0]
        self.append(bytearray(self._need(n)))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)

    def _readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, bytearray):
            self.stack[-1] = bytes(buf)

    def _unicode(self):
        self.append(codecs.decode(self._line(), "raw-unicode-escape"))

    def _binunicode(self):
        n = unpack("<I", self._need(4))[0]
        self.append(str(self._need(n), "utf-8", "surrogatepass"))

    def _binunicode8(self):
        n = unpack("<Q", self._need(8))[0]
        self.append(str(self._need(n), "utf-8", "surrogatepass"))

    def _short_binunicode(self):
        n = self._need(1)[0]
        self.append(str(self._need(n), "utf-8", "surrogatepass"))

    def _tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def _empty_tuple(self):
        self.append(())

    def _tuple1(self):
        self.stack[-1:] = [(self._top(),)]

    def _tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def _tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def _empty_list(self):
        self.append([])

    def _empty_dict(self):
        self.append({})

    def _empty_set(self):
        self.append(set())

    def _frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def _list(self):
        items = self.pop_mark()
        self.append(items)

    def _dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err),
                                sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def _obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.append(self.find_class(module, name))

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _ext(self, code):
        obj = copyreg._extension_cache.get(code)
        if obj is not None:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def _ext1(self):
        self._ext(self._need(1)[0])

    def _ext2(self):
        self._ext(unpack("<H", self._need(2))[0])

    def _ext4(self):
        self._ext(unpack("<i", self._need(4))[0])

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def _pop_op(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _pop_mark_op(self):
        self.pop_mark()

    def _dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _get_op(self):
        self._memo_get(int(self._line()))

    def _binget(self):
        self._memo_get(self._need(1)[0])

    def _long_binget(self):
        self._memo_get(unpack("<I", self._need(4))[0])

    def _put_op(self):
        idx = int(self._line())
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _binput(self):
        self.memo[self._need(1)[0]] = self._top()

    def _long_binput(self):
        idx = unpack("<I", self._need(4))[0]
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def _memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _append(self):
        value = self._pop()
        self._top().append(value)

    def _appends(self):
        items = self.pop_mark()
        target = self._top()
        try:
            extend = target.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        add = target.append
        for item in items:
            add(item)

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _stop(self):
        raise _Stop(self._pop())

    _ops = {}


Unpickler._ops = {op[0]: fn for op, fn in [
    (PROTO, Unpickler._proto), (FRAME, Unpickler._frame_op),
    (PERSID, Unpickler._persid), (BINPERSID, Unpickler._binpersid),
    (NONE, Unpickler._none), (NEWFALSE, Unpickler._false), (NEWTRUE, Unpickler._true),
    (INT, Unpickler._int), (BININT, Unpickler._binint), (BININT1, Unpickler._binint1),
    (BININT2, Unpickler._binint2), (LONG, Unpickler._long), (LONG1, Unpickler._long1),
    (LONG4, Unpickler._long4), (FLOAT, Unpickler._float), (BINFLOAT, Unpickler._binfloat),
    (STRING, Unpickler._string), (BINSTRING, Unpickler._binstring),
    (SHORT_BINSTRING, Unpickler._short_binstring), (BINBYTES, Unpickler._binbytes),
    (SHORT_BINBYTES, Unpickler._short_binbytes), (BINBYTES8, Unpickler._binbytes8),
    (BYTEARRAY8, Unpickler._bytearray8), (NEXT_BUFFER, Unpickler._next_buffer),
    (READONLY_BUFFER, Unpickler._readonly_buffer), (UNICODE, Unpickler._unicode),
    (BINUNICODE, Unpickler._binunicode), (BINUNICODE8, Unpickler._binunicode8),
    (SHORT_BINUNICODE, Unpickler._short_binunicode), (TUPLE, Unpickler._tuple),
    (EMPTY_TUPLE, Unpickler._empty_tuple), (TUPLE1, Unpickler._tuple1),
    (TUPLE2, Unpickler._tuple2), (TUPLE3, Unpickler._tuple3),
    (EMPTY_LIST, Unpickler._empty_list), (EMPTY_DICT, Unpickler._empty_dict),
    (EMPTY_SET, Unpickler._empty_set), (FROZENSET, Unpickler._frozenset),
    (LIST, Unpickler._list), (DICT, Unpickler._dict), (INST, Unpickler._inst),
    (OBJ, Unpickler._obj), (NEWOBJ, Unpickler._newobj), (NEWOBJ_EX, Unpickler._newobj_ex),
    (GLOBAL, Unpickler._global), (STACK_GLOBAL, Unpickler._stack_global),
    (EXT1, Unpickler._ext1), (EXT2, Unpickler._ext2), (EXT4, Unpickler._ext4),
    (REDUCE, Unpickler._reduce), (POP, Unpickler._pop_op), (POP_MARK, Unpickler._pop_mark_op),
    (DUP, Unpickler._dup), (GET, Unpickler._get_op), (BINGET, Unpickler._binget),
    (LONG_BINGET, Unpickler._long_binget), (PUT, Unpickler._put_op),
    (BINPUT, Unpickler._binput), (LONG_BINPUT, Unpickler._long_binput),
    (MEMOIZE, Unpickler._memoize), (APPEND, Unpickler._append), (APPENDS, Unpickler._appends),
    (SETITEM, Unpickler._setitem), (SETITEMS, Unpickler._setitems),
    (ADDITEMS, Unpickler._additems), (BUILD, Unpickler._build), (MARK, Unpickler._mark),
    (STOP, Unpickler._stop)]}


# ---------------------------------------------------------------- shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    f = io.BytesIO(data)
    return Unpickler(f, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
