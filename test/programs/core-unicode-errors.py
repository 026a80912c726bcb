# UnicodeEncodeError/DecodeError/TranslateError: attributes, str(), constructor checks, codec messages.
cases = [
    lambda: b"\xff".decode("utf-8"),
    lambda: b"ab\xc3".decode("utf-8"),
    lambda: b"\xed\xa0\x80".decode("utf-8"),
    lambda: b"ab\xff\xfe".decode("ascii"),
    lambda: "é".encode("ascii"),
    lambda: "ab\u20ac\u20acc".encode("latin-1"),
    lambda: "x\U0001F600".encode("ascii"),
    lambda: "\ud800".encode("utf-8"),
    lambda: b"\x00\xd8".decode("utf-16-le"),
    lambda: b"abc".decode("utf-16"),
    lambda: "abc".encode("cp1252") and "\u0100".encode("cp1252"),
    lambda: b"\x81".decode("cp1252"),
    lambda: "\x80".encode("ascii", "strict"),
    lambda: b"\xff".decode("utf-8", "bogus"),
    lambda: "a".encode("nope"),
    lambda: b"a".decode("nope"),
]
for c in cases:
    try:
        print(repr(c()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, "|", e, "|", e.args)
        for a in ("encoding", "object", "start", "end", "reason"):
            if hasattr(e, a):
                print("  ", a, repr(getattr(e, a)))
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "bad")
print(str(e), repr(e), e.args)
e.start = 0; e.end = 3; e.reason = "worse"
print(str(e))
e = UnicodeEncodeError("ascii", "abc\xe9", 3, 4, "bad")
print(str(e), repr(e))
e = UnicodeTranslateError("abc\xe9", 3, 4, "bad")
print(str(e), repr(e), e.encoding)
e = UnicodeDecodeError("utf-8", bytearray(b"abc"), 1, 2, "bad")
print(repr(e.object))
for args in [(), ("a",), ("utf-8", "abc", 1, 2, "r"), ("utf-8", b"abc", "1", 2, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print("TypeError", ex)
try:
    UnicodeEncodeError("ascii", b"x", 0, 1, "r")
except TypeError as ex:
    print("TypeError", ex)
print(issubclass(UnicodeDecodeError, ValueError), UnicodeDecodeError.__mro__)
e = UnicodeEncodeError("ascii", "abc", 5, 9, "r")
print(str(e))
e = UnicodeDecodeError("ascii", b"abc", 5, 9, "r")
print(str(e))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é€".encode("ascii", "backslashreplace"))
print(b"a\xffb".decode("ascii", "replace"), b"a\xffb".decode("ascii", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"), ascii(b"a\xffb".decode("utf-8", "surrogateescape")))
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad'); print(e.__dict__)
for attr, val in [("start", "x"), ("end", 1.5), ("reason", 5), ("encoding", b"x"), ("object", "str")]:
    try: setattr(e, attr, val); print("set", attr)
    except TypeError as x: print(type(x).__name__, x)
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad'); e.start = 7; e.end = 8; print(str(e), e.start, e.end)
e = UnicodeDecodeError('utf-8', b'abc', -1, 2, 'bad'); print(str(e), e.start)
e = UnicodeDecodeError('utf-8', b'abc', 1, 10, 'bad'); print(str(e), e.end)
e = UnicodeEncodeError('utf-8', 'abc', 7, 8, 'bad'); print(str(e), e.start)
e = UnicodeEncodeError('utf-8', 'abc', 2, 1, 'bad'); print(str(e), e.end)
e = UnicodeEncodeError('utf-8', 'abc', 2, 2, 'bad'); print(str(e), e.end)
e = UnicodeError('x', 1); print(str(e))
e = UnicodeDecodeError.__new__(UnicodeDecodeError); print(repr(str(e)), e.args)
try: print(e.start)
except Exception as x: print(type(x).__name__, x)
try: print(e.encoding)
except Exception as x: print(type(x).__name__, x)
e = UnicodeTranslateError('abc', 0, 3, 'r'); print(str(e), e.args)
e = UnicodeTranslateError('\U0001F600', 0, 1, 'r'); print(str(e))
e = UnicodeTranslateError('\u20ac', 0, 1, 'r'); print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
try: UnicodeTranslateError('a', 0, 1)
except TypeError as x: print(x)
class MyDecodeError(UnicodeDecodeError):
    pass
e = MyDecodeError('ascii', b'\xff', 0, 1, 'mine'); print(str(e), repr(e), e.args)
try:
    raise UnicodeDecodeError('ascii', b'\xff', 0, 1, 'ordinal not in range(128)')
except ValueError as x:
    print("caught", x)
