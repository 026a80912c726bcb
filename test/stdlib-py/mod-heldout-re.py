# Regular expressions in a text-processing course.
import re

log = """2024-01-15 ERROR disk full on /dev/sda1
2024-01-16 INFO backup done
2024-02-01 WARNING cpu at 95%"""
pat = re.compile(r"(?P<date>\d{4})-(?P<month>\d\d)-(?P<day>\d\d) (?P<level>[A-Z]+) (?P<msg>.*)")
for m in pat.finditer(log):
    print(m.group("level"), m["date"], m.groupdict()["msg"], m.span("msg"))
m = pat.match(log)
print(m)
print(m.groups(), m.lastgroup, m.lastindex, m.re.groupindex["level"])
print(m.expand(r"\g<day>/\g<month>/\g<date>"), m.start(2), m.end("day"))
print(re.findall(r"(\w+)@(\w+)\.com", "ann@x.com, bob@y.com"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(a)(b)?", "ab a"))
print(re.sub(r"(?<=\$)\d+", "XX", "cost $100 and 200"))
print(re.sub(r"(?<!\$)\b\d+\b", "N", "cost $100 and 200"))
print(re.findall(r"\w+(?=!)", "hi! wow! no"), re.findall(r"\b\w+\b(?!\()", "f(x) g y("))
verbose = re.compile(r"""
    ^\s*
    (?P<key>[a-z_]+)   # the key
    \s*=\s*
    (?P<value>.*?)     # the value, lazily
    \s*$
""", re.VERBOSE | re.MULTILINE)
config = "name = pygil\n  version=3.11  \nbad line\ndebug = true"
print([(m["key"], m["value"]) for m in verbose.finditer(config)])
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"), re.split(r"x*", "axbc"), re.split(r"\s+", " a b ", maxsplit=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.subn(r"o", "0", "foo boo"), re.sub("a", "b", "aaa", count=2))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.search(r"^b", "a\nb", re.M), re.search(r"a.b", "a\nb", re.S))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.match(r"\d*", "abc"))
print(re.escape("1+1=2? [yes]"), re.escape("a_b-c.d"))
print(re.compile(r"\d+", re.I | re.M), re.compile("x"), re.compile(r"a\tb").pattern)
print(re.I, re.I | re.M, re.VERBOSE, repr(re.NOFLAG), re.compile("a", re.X).flags)
m = re.search(r"(\d+)-(\d+)?", "tel 555-")
print(m.groups(), m.groups("none"), m.group(0, 1), m.span(2), m[0])
for bad in [r"(abc", r"a)", r"[a-", r"*a", r"(?P<1x>a)", r"\k", r"a{2,1}", r"(?<=a+)b", r"(?P<n>a)(?P<n>b)", "\\"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "| pos", e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.match(r"(a)", "a").group(5)
except IndexError as e:
    print("IndexError:", e)
try:
    re.match(r"(?P<x>a)", "a").group("y")
except IndexError as e:
    print("IndexError:", e)
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"colou?r", "color colour colr"))
print(re.match(r"(?P<a>x)(?P=a)", "xx"), re.match(r"(a|b)*c", "ababc").group(1))
print(re.findall(r"<.*?>", "<a><b>"), re.findall(r"<.*>", "<a><b>"), re.findall(r"a{2,3}", "aaaaaaa"))
print(re.search(r"(?x) a \ b  # comment", "xa b"), re.findall(r"[^\W\d_]+", "ab1_cd ef"))
print(re.compile(r"(?P<word>\w+)").groupindex, re.compile(r"(a)(b)").groups)
p = re.compile(r"\w+")
print(p.findall("one two three", 4), p.search("   hi", 0, 4), p.match("xyz", 1))
print(re.sub(r"^", "> ", "a\nb", flags=re.M), re.sub(r"", "-", "abc"))
print(re.findall(r"\d+(?:\.\d+)?", "3.14 and 42 and 1."), re.sub(r"\s+", " ", "  a \t\n b  ").strip())
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)é", "É"), re.findall(r"\w+", "naïve café 東京"))
print(re.findall(rb"\d+", b"a12b3"), re.ASCII, re.findall(r"\w+", "naïve", re.A))
print(re.purge(), type(re.compile("a")).__name__, type(re.match("a", "a")).__name__)
