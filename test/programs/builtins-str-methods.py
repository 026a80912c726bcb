def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def ev(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)

for e in ["'a\\tb'.expandtabs(2**40)", "'x'.zfill(2**70)", "'x'.center(2**70)", "'x'.splitlines(2.0)", "'x'.splitlines(None)",
          "'x'.split(maxsplit=2.0)", "'x'.split(maxsplit=2**70)", "'x'.replace('a','b',2.0)", "'x'.find('a', 2.0)", "'x'.find('a', None, None)",
          "'x'.find('a', 2**70)", "'x'.find('a', '1')", "'x'.count('a', '1')", "'x'.startswith('a', '1')", "'x'.center(3, b'a')",
          "'x'.strip(1)", "'x'.lstrip(1)", "'x'.split(1)", "'x'.join([1])", "'x'.replace(1, 2)", "'x'.replace('a', 2)", "'x'.count(1)",
          "'x'.index(1)", "'x'.rfind(1)", "'x'.removeprefix(1)", "'x'.encode(1)", "'x'.encode('utf-8', 1)", "'x'.encode('zzz')",
          "'x'.startswith(1)", "'x'.startswith((1,))", "'x' + 1", "1 + 'x'", "'x' * 'y'", "'x' * 2.0", "'x'[1]",
          "'%d' % 'x'", "'x'.format_map(1)", "'{a}'.format_map({})", "'x'.translate(1)", "str.maketrans(1)", "str.maketrans('ab', 'c')",
          "str.maketrans({'ab': 1})", "str.maketrans('a', 'b', 1)", "str.maketrans({1: 2, 'a': None})", "'abc'.translate({97: 1000000000})",
          "'abc'.translate({97: 2.0})", "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "'abc'.translate(['x']*98)", "'x' < 1",
          "'x'.__lt__(1)", "''.join('abc')", "','.join(x for x in 'abc')", "'x'.join(1)", "'a b'.split(None, 1)", "'a b'.rsplit(None, 0)",
          "'abc'.split('')", "len('x', 1)", "''.zfill(-1)", "ord('')", "ord(1)", "ord(b'a')", "ord(b'ab')", "chr(-1)", "chr(1.5)", "chr(0x110000)",
          "'x'.center()", "'x'.upper(1)", "'x'.partition()", "'x'.split(1,2,3)", "'x'.split(x=1)", "'x'.expandtabs(1,2)", "'x'.find()",
          "'x'.find(1,2,3,4)", "'x'.replace('a')", "'x'.encode(1,2,3)", "'x'.join()", "'x'.rsplit(maxsplit=1,sep=2,x=3)", "'a b c'.split(maxsplit=1)",
          "'a,b,c'.rsplit(sep=',', maxsplit=1)", "'a,b'.split(',', maxsplit=0)", "'x'.split(',', sep=',')", "'x'.center(width=3)"]:
    ev(e)

s = "hello world, hello python"
for sub in ["hello", "o", "", "xyz", "hello python", "n"]:
    print(s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 10), s.count(sub, 5, -3), s.find(sub, -5), s.find(sub, 30), s.rfind(sub, 30))
    print(s.startswith(sub), s.endswith(sub), s.startswith(sub, 6), s.endswith(sub, 0, 5), s.startswith((sub, "x"), 13))
print("".find(""), "".rfind(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 1), "abc".count("", 10))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4), "abc".endswith(""), "".startswith(""))
t("abc".index, "d")
t("abc".rindex, "d")
t("abc".index, "c", 0, 2)
# split/rsplit
for s in ["a,b,,c", ",a,", "", ",", "a", "a,,b,,", "  a  b  ", "\ta\nb\x0bc\x0cd\x1ce\x1df\x1eg\x1fh\x85i\xa0j\u3000k"]:
    print(s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(",", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("aa"), "aaa".rsplit("aa"), "aaaa".split("aa"), "aaaa".rsplit("aa", 1))
print("  a b  ".split(None, 0), "  a b  ".rsplit(None, 0), " a ".split(" "), "a b".split(" ", -5))
# strip
for s in ["  hi  ", "xxhixx", "", "\t\n hi \r\x0b", "\xa0hi\u3000", "abcba"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa")), repr(s.lstrip("xab")), repr(s.rstrip("")), repr(s.strip(None)))
# replace
for s in ["aaa", "", "abcabc", "héllo"]:
    print(repr(s.replace("a", "b")), repr(s.replace("", "-")), repr(s.replace("", "-", 2)), repr(s.replace("a", "", 1)), repr(s.replace("abc", "x", 0)), repr(s.replace("a", "bb", -1)), repr(s.replace("l", "L", 1)))
# removeprefix/suffix
print("abcabc".removeprefix("abc"), "abc".removeprefix(""), "abc".removesuffix("bc"), "abc".removesuffix("x"), "abc".removesuffix("abc"))
# join
print(",".join([]), ",".join(["a"]), ",".join(("a", "b")), "".join({"x": 1, "y": 2}), "-".join(map(str, range(3))))
t(",".join, ["a", 1, "b"])
t(",".join, [b"a"])
t(",".join, None)
# translate
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate(str.maketrans("abc", "xyz")), "abc".translate({}), "abc".translate({97: "xyz", 98: 65}))
print(str.maketrans("ab", "cd"), str.maketrans("", "", "xy"), str.maketrans({"a": "b", 99: None}))
# misc
print("abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), "abc".__getitem__(1), "a".__ne__("b"))
print("x" * -1, "x" * 0, 3 * "ab", "ab" * True, "abc"[::-1], "abc"[-2:], "abcdef"[1:5:2], "abcdef"[::-2], "abc"[5:], "abc"[-10:10])
print("a" < "b", "a" < "ab", "B" < "a", "é" > "z", "abc" == "abc", "abc" != "abd", max("abc"), min("bca"))
t(str, "abc", "utf-8")
t(str, 1, "utf-8")
t(str, object=5)
t(str, x=5)
print(repr("\x00\x07\x1b\x7f\x80\xff\u0100\u2028\ud800\U0001f600'\"\\"), repr("it's"), repr('say "hi"'), repr("both ' and \""), ascii("h€llo😀\n"))
print("%s|%r|%a" % ("é", "é", "é"))
