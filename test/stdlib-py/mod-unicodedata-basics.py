# unicodedata: properties, names, numeric values, normalization and errors (Unicode 14.0.0).
import unicodedata as ud

print(ud.unidata_version)
chars = "A z 5 \u00e9 \u0301 \u00bd \u2167 \u0663 \u00b2 \u4e00 \uac01 \uf900 \u200b \u05d0 ( ) \u3000 \uff21 \U0001f600 \U0001fae0 \u0378 \ud800 \n \x00 \u2028 \u00a0 \u0f33 \U00010107 \U0001d7ce \u2155 \u5146 \u2070 \u2460".split(" ")
for c in chars:
    print("%04x" % ord(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None),
          repr(ud.decomposition(c)), ud.name(c, "<no name>"))

# a census over the whole code space: counts per category and per east-asian width
cats, widths, bidi = {}, {}, {}
numeric_sum = 0.0
for cp in range(0, 0x110000, 7):
    c = chr(cp)
    cats[ud.category(c)] = cats.get(ud.category(c), 0) + 1
    widths[ud.east_asian_width(c)] = widths.get(ud.east_asian_width(c), 0) + 1
    bidi[ud.bidirectional(c)] = bidi.get(ud.bidirectional(c), 0) + 1
    numeric_sum += ud.numeric(c, 0)
print(sorted(cats.items()))
print(sorted(widths.items()))
print(sorted(bidi.items()))
print(round(numeric_sum, 6))

for name in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "BYTE ORDER MARK", "CJK UNIFIED IDEOGRAPH-4E00",
             "HANGUL SYLLABLE GAG", "SNOWMAN", "GRINNING FACE", "LINE FEED", "EM DASH"]:
    c = ud.lookup(name)
    print(name, repr(c), ud.name(c, None))
print(repr("\N{EM DASH}"), ud.name("\u2014"))

s = "Cafe\u0301 \ufb01 \u2460 \uac00 \u1100\u1161 \u00c5 A\u030a \u1e9b\u0323 x\u0301\u0323"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, s), ud.is_normalized(form, n))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("lookup bad", lambda: ud.lookup("NO SUCH THING"))
attempt("lookup int", lambda: ud.lookup(5))
attempt("lookup bytes", lambda: ud.lookup(b"SNOWMAN"))
attempt("numeric int", lambda: ud.numeric(5))
attempt("name none", lambda: ud.name("\u0378"))
attempt("name two chars", lambda: ud.name("ab"))
attempt("category int", lambda: ud.category(65))
attempt("category empty", lambda: ud.category(""))
attempt("decimal", lambda: ud.decimal("a"))
attempt("digit", lambda: ud.digit("\u00bd"))
attempt("numeric", lambda: ud.numeric("x"))
attempt("digit default", lambda: ud.digit("x", -1))
attempt("normalize form", lambda: ud.normalize("NFX", "a"))
attempt("normalize bytes", lambda: ud.normalize("NFC", b"a"))
attempt("is_normalized", lambda: ud.is_normalized("nfc", "a"))
