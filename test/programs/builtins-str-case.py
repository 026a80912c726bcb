def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# padding
for w in [-1, 0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w)))
t("x".center, 5, "ab")
t("x".center, 5, "")
t("x".center, "5")
t("x".center)
t("x".ljust, 3, 4)
for s in ["42", "-42", "+42", "", "abc", "-", "+", "--5"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)))
t("x".zfill, "3")
# expandtabs
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "a\r\tb", "12345678\tx", "x\ty\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
t("x".expandtabs, "4")
# partition
for s in ["a=b=c", "abc", "", "=", "==x"]:
    print(s.partition("="), s.rpartition("="))
t("x".partition, "")
t("x".rpartition, "")
t("x".partition, 1)
t("x".partition, None)
# splitlines
for s in ["a\nb\r\nc\rd", "a\n", "\n\n", "", "x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029w", "a\r", "abc"]:
    print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t("a\nb".splitlines, 2)
t("a\nb".splitlines, "x")
# case
for s in ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "ǆemal", "ß", "ﬁsh", "123abc", "abc123def", "o'neil", "İstanbul", "ΣΑΣ", "a_b-c d", "ǅ", ""]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.casefold()), repr(s.swapcase()), repr(s.upper()), repr(s.lower()))
    print(s.istitle(), s.isupper(), s.islower())
# predicates
for s in ["", "abc", "ABC", "123", "١٢٣", "½", "²", "abc123", " \t\n", "a b", "Ⅻ", "_id", "1id", "if", "id1", "é", "\x00", "\u200b", "a\u0301", "ℌ", "\u3000", "\x1f", "\xa0", "𝟘", "𝔸", "Ab Cd", "A1 B2", "ǅa"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.isupper(), s.islower(), s.istitle())
