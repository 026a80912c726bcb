# repr/ascii/isprintable of special characters, Unicode case mapping, ordering and encodings.
chars = ["\x7f", "\x80", "\xa0", "\xad", "\u200b", "\u2028", "\u0301", "e\u0301", "\ufeff", "\U0001F600", "\U000E0001", "\ud800", "\uffff", "\U0010FFFF", "\u0378", "\u061c", "\u3000", "\t\r\x0b\x0c", "'\"", "\\", "\U0001D400", "\u00e9\u4e2d\u6587"]
for c in chars:
    print(repr(c), ascii(c), c.isprintable(), len(c), c.isspace())
print(repr(b"\x7f\x80\t\n'"), repr(bytearray(b"\xff\"")), repr("a'b\"c"), repr('a"b'), repr("a'b"))
import unicodedata
print(unicodedata.name("é"), unicodedata.category("\u0301"), unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")), unicodedata.lookup("SNOWMAN"))
print("Straße".upper(), "ǈ".lower(), "ǈ".upper(), "ǈ".title(), "ﬀ".upper(), "İstanbul".lower(), len("İ".lower()), "ΣΑΣ".lower(), "ς".upper(), "ß".casefold(), "Ⅻ".lower(), "ⓐ".upper())
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]), "a" < "B", "é" > "z", max("abc", "abd"), "10" < "9", [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
s = "héllo wörld"
print(s.encode("utf-8"), s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("utf-16-le")[:6], len(s.encode()), s.encode().decode("latin-1"))
print(" ".join(f"{ord(c):04x}" for c in "héllo"), "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\x41", "\101", "\u0041", b"\101")
