def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for e in ["b'abc'.upper()", "b'Hello World'.swapcase()", "b'hello world'.title()", "b'abc'.center(9, b'*')", "b'42'.zfill(5)", "b'a\\tb'.expandtabs(4)", "b'a,b,,c'.split(b',')", "b' a b '.split()",
          "b'a b c'.rsplit(None, 1)", "b'xxhixx'.strip(b'x')", "b'abc'.partition(b'b')", "b'abc'.rpartition(b'x')", "b'a\\nb\\r\\nc'.splitlines()", "b'a\\nb'.splitlines(keepends=True)", "b'abc'.find(b'c')",
          "b'abc'.find(99)", "b'abc'.index(b'z')", "b'abcabc'.count(b'bc')", "b'abc'.replace(b'b', b'XX')", "b'abc'.startswith((b'x', b'a'))", "b'abc'.endswith(b'bc')", "b'-'.join([b'a', b'b'])", "b'-'.join(['a'])",
          "b'abc'.decode()", "b'\\xe9'.decode('latin-1')", "b'\\xe9'.decode()", "b'\\xe9'.decode('utf-8', 'replace')", "b'\\xe9'.decode('utf-8', errors='ignore')", "b'\\xe9x'.decode('ascii', 'backslashreplace')",
          "b'abc'.hex()", "b'abc'.hex('-')", "b'abcdef'.hex(':', 2)", "bytes.fromhex('61 62')", "bytes.fromhex('6')", "bytearray.fromhex('ff')", "b'abc'.isalpha()", "b'123'.isdigit()", "b'Ab'.istitle()", "b' '.isspace()",
          "b'abc'.removeprefix(b'a')", "b'abc'.removesuffix(b'c')", "bytes(3)", "bytes([65, 66])", "bytes('é', 'utf-8')", "bytes('x')", "bytes([256])", "bytes(-1)", "b'a' + b'b'", "b'a' * 3", "b'abc'[1]", "b'abc'[1:]",
          "b'abc'[::-1]", "b'a' < b'b'", "b'a' == 'a'", "b'a' in b'abc'", "97 in b'abc'", "len(b'abc')", "list(b'ab')", "hash(b'ab') == hash(b'ab')", "b'\\x00\\xff\"\\''", "bytearray(b'ab')", "bytearray(2)",
          "bytes.maketrans(b'ab', b'xy')", "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "b'abc'.translate(None, b'b')", "b'%s-%d' % (b'x', 3)", "b'%x' % 255", "b'abc'.ljust(5, b'-')", "b'abc'.rjust(5)",
          "b'AbC'.lower()", "b'abc'.capitalize()", "b'a b'.split(maxsplit=1)", "b'abc'.count(98)", "b'abc' + 'x'", "b'abc'.decode('zzz')", "str(b'ab', 'ascii')", "b'ab'.__len__()"]:
    ev(e)
ba = bytearray(b"hello")
ba.append(33); ba.extend(b"??"); ba.insert(0, 62); ba[1] = 72; print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(33); ba.reverse(); print(ba, ba.copy(), len(ba)); ba.clear(); print(ba)
ba += b"xy"; ba *= 2; print(ba, ba[1:3], bytes(ba))
del ba[0]; print(ba)
ba[0:2] = b"ZZZ"; print(ba)
try:
    ba.append(256)
except ValueError as e:
    print(e)
for e in ["b'%s|%5s|%-4b|' % (b'ab', b'x', bytearray(b'y'))", "b'%r %a' % ('é', b'x')", "b'%c%c' % (65, b'B')", "b'%c' % 256", "b'%c' % 'a'", "b'%s' % 'str'", "b'%d %05.1f %x %o' % (42, 2.5, 255, 8)",
          "b'%(k)s' % {b'k': b'v'}", "bytearray(b'%d') % 5", "b'%s %s' % (b'a',)", "b'%' % ()", "b'%i%%' % 50", "b'%s' % memoryview(b'mv')"]:
    ev(e)
