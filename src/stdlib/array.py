"""array: typed arrays of numbers or characters (typecodes b B u h H i I l L q Q f d).

Items live in a Python list of already-converted values; every store goes through the
typecode's converter, which range-checks with CPython's messages. Byte conversions (tobytes,
frombytes, byteswap, files) go through struct with the native layout.
"""

import struct as _struct
import _pygil_types
from operator import index as _index

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
             "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1


def _int_item(v):
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return int(_index(v))


def _range(n, lo, hi, what):
    # CPython converts through C types one after another; each step has its own message.
    if n > hi:
        raise OverflowError(what + " is greater than maximum")
    if n < lo:
        raise OverflowError(what + " is less than minimum")


def _c_long(n):
    if not _LONG_MIN <= n <= _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _c_unsigned_long(n):
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")


def _int_converter(lo, hi, c_check, steps=()):
    """The converter of an integer typecode whose items lie in [lo, hi]: such ints are stored as
    they are; anything else goes through __index__, then c_check (the C long type CPython reads
    it into), then each (lo, hi, C type name) step of its narrowing, each with its own message."""
    def convert(v):
        if type(v) is int and lo <= v <= hi:
            return v
        n = _int_item(v)
        c_check(n)
        for step_lo, step_hi, what in steps:
            _range(n, step_lo, step_hi, what)
        return n
    return convert


_INT_MIN, _INT_MAX = -(1 << 31), (1 << 31) - 1

_conv_b = _int_converter(-128, 127, _c_long,
                         ((-32768, 32767, "signed short integer"), (-128, 127, "signed char")))
_conv_B = _int_converter(0, 255, _c_long, ((0, 255, "unsigned byte integer"),))
_conv_h = _int_converter(-32768, 32767, _c_long, ((-32768, 32767, "signed short integer"),))
_conv_H = _int_converter(0, 65535, _c_long,
                         ((_INT_MIN, _INT_MAX, "signed integer"), (0, 65535, "unsigned short")))
_conv_i = _int_converter(_INT_MIN, _INT_MAX, _c_long, ((_INT_MIN, _INT_MAX, "signed integer"),))
_conv_I = _int_converter(0, 0xFFFFFFFF, _c_unsigned_long, ((0, 0xFFFFFFFF, "unsigned int"),))
_conv_l = _int_converter(_LONG_MIN, _LONG_MAX, _c_long)
_conv_L = _int_converter(0, (1 << 64) - 1, _c_unsigned_long)


def _conv_q(v):
    if type(v) is int and _LONG_MIN <= v <= _LONG_MAX:
        return v
    n = _int_item(v)
    if not _LONG_MIN <= n <= _LONG_MAX:
        raise OverflowError("int too big to convert")
    return n


def _conv_Q(v):
    if type(v) is int and 0 <= v <= (1 << 64) - 1:
        return v
    n = _int_item(v)
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 1 << 64:
        raise OverflowError("int too big to convert")
    return n


def _conv_d(v):
    if type(v) is float:
        return v
    t = type(v)
    if isinstance(v, str) or not (hasattr(t, "__float__") or hasattr(t, "__index__")):
        raise TypeError("must be real number, not %s" % t.__name__)
    return float(v)


def _conv_f(v):
    # a C float: the value rounded to single precision
    return _struct.unpack("f", _struct.pack("f", _conv_d(v)))[0]


def _conv_u(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return v


_CONVERT = {"b": _conv_b, "B": _conv_B, "u": _conv_u, "h": _conv_h, "H": _conv_H,
            "i": _conv_i, "I": _conv_I, "l": _conv_l, "L": _conv_L, "q": _conv_q,
            "Q": _conv_Q, "f": _conv_f, "d": _conv_d}


def _is_array(x):
    return isinstance(x, array)


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ("_typecode", "_items", "_conv", "__weakref__")
    __hash__ = None

    def __new__(cls, *args, **kw):
        if kw and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else None
        if not isinstance(typecode, str) or len(typecode) != 1:
            if isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not str")
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        self._conv = _CONVERT[typecode]
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif _is_array(initializer):
            if initializer._typecode == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._items = [self._conv(x) for x in initializer._items]
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)
        return self

    def __init__(self, *args, **kw):
        pass

    # ---- attributes ---------------------------------------------------------------------------
    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def buffer_info(self):
        return (id(self), len(self._items))

    # ---- sequence protocol --------------------------------------------------------------------
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def _pos(self, i, msg):
        i = _index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(msg)
        return i

    def __getitem__(self, i):
        if type(i) is int:
            # the common case: a plain int index, as a list takes it
            try:
                return self._items[i]
            except IndexError:
                raise IndexError("array index out of range") from None
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        return self._items[self._pos(i, "array index out of range")]

    def __setitem__(self, i, v):
        if type(i) is int:
            n = len(self._items)
            if not -n <= i < n:  # the index is checked before the value
                raise IndexError("array assignment index out of range")
            self._items[i] = self._conv(v)
            return
        if isinstance(i, slice):
            if not _is_array(v):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = i.indices(len(self._items))
            if step != 1 and not v._items:
                # CPython's array deletes an extended slice given an empty array
                del self._items[i]
                return
            if step != 1:
                count = len(range(start, stop, step))
                if len(v._items) != count:
                    raise ValueError("attempt to assign array of size %d to extended slice of size %d" % (len(v._items), count))
            self._items[i] = list(v._items)
            return
        if not hasattr(type(i), "__index__"):
            raise TypeError("array indices must be integers")
        pos = self._pos(i, "array assignment index out of range")
        self._items[pos] = self._conv(v)

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        del self._items[self._pos(i, "array assignment index out of range")]

    # ---- building -----------------------------------------------------------------------------
    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    def append(self, v):
        self._items.append(self._conv(v))

    def extend(self, iterable):
        if _is_array(iterable):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        conv = self._conv
        for x in iterable:
            self._items.append(conv(x))

    def insert(self, i, v):
        self._items.insert(_index(i), self._conv(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(self._pos(i, "pop index out of range"))

    def remove(self, v):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop = max(0, stop + n)
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    # ---- conversions --------------------------------------------------------------------------
    def _fmt(self, n):
        return "%d%s" % (n, "I" if self._typecode == "u" else self._typecode)

    def tobytes(self):
        items = self._items
        if self._typecode == "u":
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def __bytes__(self):
        return self.tobytes()

    def frombytes(self, data):
        if isinstance(data, str) or not hasattr(type(data), "__len__"):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._typecode == "u":
            values = [chr(c) for c in values]
        self._items.extend(values)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[k:k + size][::-1] for k in range(0, len(data), size))
        if self._typecode == "u":
            # a swapped wide char may not be a valid code point (CPython keeps the raw value)
            raise ValueError("byteswap() of a 'u' array is not supported by pygil")
        self._items = list(_struct.unpack(self._fmt(len(self._items)), swapped))

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        converted = [self._conv(x) for x in lst]
        self._items.extend(converted)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % self.itemsize
        self.frombytes(data[:usable])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    # ---- operators ----------------------------------------------------------------------------
    def __add__(self, other):
        if not _is_array(other):
            self._bad_concat(other)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def _bad_concat(self, other):
        raise TypeError('can only append array (not "%s") to array' % type(other).__name__)

    def __iadd__(self, other):
        if not _is_array(other):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), "__index__"):
            return NotImplemented
        self._items *= _index(n)
        return self

    def _cmp_items(self, other):
        return other._items if _is_array(other) else None

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        name = type(self).__name__.rpartition(".")[2]
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == "u":
            return "%s('u', %r)" % (name, "".join(self._items))
        return "%s('%s', %r)" % (name, self._typecode, list(self._items))


array.__module__ = "array"
# CPython's messages name the C type "array.array" ("unhashable type: 'array.array'"),
# while array.__name__ is "array"
_pygil_types.set_c_name(array, "array.array")
ArrayType = array
# CPython's array is C code: no frame of this module shows in a traceback
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if callable(_v) and getattr(_v, '__module__', None) == __name__])
