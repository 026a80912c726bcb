# tempfile: SpooledTemporaryFile stays in memory until it outgrows max_size; TemporaryFile has no path
import tempfile, os
sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
sp.write("hi"); print(sp._rolled, sp.name, sp.tell()); sp.write("x\ny" * 5); print(sp._rolled, type(sp.name).__name__)
sp.seek(0); print(repr(sp.read())); sp.close(); print(sp.closed)
with tempfile.SpooledTemporaryFile() as b:
    b.write(b"abc\ndef\n"); b.seek(0); print(b.readlines(), b._rolled, b.mode)
    print(list(b)); b.seek(0); print(list(b)); n = b.fileno(); print(b._rolled, type(n).__name__)
    b.seek(0); print(b.read())
s2 = tempfile.SpooledTemporaryFile(mode="w+", max_size=3); s2.write("é"); print(s2._rolled, s2.tell()); s2.write("abcd"); print(s2._rolled); s2.seek(0); print(s2.read(), s2.encoding is not None)
with tempfile.TemporaryFile("w+") as t:
    print(type(t).__name__, type(t.name).__name__, t.mode); t.write("q"); t.seek(0); print(t.read())
print(t.closed)
