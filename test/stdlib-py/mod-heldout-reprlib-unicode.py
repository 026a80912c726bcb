# Abbreviated reprs for debugging output, keywords, and Unicode character data.
import array
import collections
import itertools
import functools
import keyword
import reprlib
import unicodedata

print(reprlib.repr(array.array("i", range(20))), reprlib.repr(array.array("d")), reprlib.repr(array.array("u", "abc")))
print(array.array.__name__, array.array.__qualname__, array.array.__module__, array.array, type(array.array("b")).__name__)
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset(range(10))), reprlib.repr("x" * 100))
print(reprlib.repr(list(range(100))), reprlib.repr({i: i for i in range(10)}), reprlib.repr(tuple(range(9))))
print(reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 50), reprlib.repr(collections.deque(range(10))), reprlib.repr(b"y" * 50))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.maxlevel, r.maxdict, r.maxother)
class Big:
    def __repr__(self):
        return "Big(" + "n" * 40 + ")"
print(reprlib.repr(Big()), reprlib.repr([Big()]))
for obj, what in [(collections.deque(), "hash"), (collections.OrderedDict(), "hash"), (collections.defaultdict(), "hash"),
                  (array.array("i"), "hash"), (itertools.count(), "index"), (functools.partial(print), "index"),
                  (itertools.chain(), "index"), (functools.cmp_to_key(lambda a, b: 0)(1), "hash")]:
    try:
        hash(obj) if what == "hash" else obj[0]
    except TypeError as e:
        print(type(obj).__name__, "->", e)
try:
    [1] + array.array("i")
except TypeError as e:
    print(e)
try:
    collections.deque() < [1]
except TypeError as e:
    print(e)
try:
    len(itertools.count())
except TypeError as e:
    print(e)
print(type(itertools.islice("a", 1)), type(collections.deque()), type(functools.partial(int)), collections.OrderedDict.__name__)

print(keyword.kwlist, keyword.softkwlist, len(keyword.kwlist))
print([w for w in ["if", "match", "case", "_", "type", "print", "None", "async", "nonlocal"] if keyword.iskeyword(w)], keyword.issoftkeyword("_"))

for ch in "aZ9 é½€😀\u0301\t東":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.east_asian_width(ch), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.mirrored(ch))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("LATIN SMALL LETTER E WITH ACUTE"), unicodedata.numeric("½"), unicodedata.numeric("Ⅻ"), unicodedata.decimal("7"), unicodedata.digit("²"))
print(unicodedata.normalize("NFD", "é").encode(), unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.normalize("NFKC", "ﬁ①Ｈ"), unicodedata.normalize("NFKD", "™"))
print(unicodedata.decomposition("é"), unicodedata.decomposition("a"), unicodedata.decomposition("ﬁ"), unicodedata.unidata_version)
print(unicodedata.is_normalized("NFC", "é"), unicodedata.is_normalized("NFD", "é"), unicodedata.name("\x00", "no name"))
def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
print(strip_accents("Crème brûlée à São Paulo"))
for f, args in [(unicodedata.name, ("\x00",)), (unicodedata.lookup, ("NO SUCH THING",)), (unicodedata.decimal, ("a",)),
                (unicodedata.name, ("ab",)), (unicodedata.normalize, ("XX", "a")), (unicodedata.numeric, ("x",)), (unicodedata.digit, ("½",)), (unicodedata.category, (65,))]:
    try:
        print(f(*args))
    except (KeyError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(unicodedata.decimal("x", -1), unicodedata.numeric("x", None), "ǅ".istitle(), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬀ".upper(), "Σ".lower(), "ΑΣ".lower())
print(ascii("héllo ☃"), "\N{GREEK SMALL LETTER ALPHA}", "straße".casefold(), "١٢٣".isdigit(), int("١٢٣"), "½".isnumeric(), "²".isdecimal())
