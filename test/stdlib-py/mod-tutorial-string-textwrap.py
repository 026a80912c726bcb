# string constants, Template, Formatter and textwrap for formatting reports
import string
import textwrap

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b c-d", "-"))

t = string.Template("$who likes $what, ${who}'s favorite costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2.5}))
print(t.safe_substitute(who="bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a $b").safe_substitute({"a": 1}, b=2), t.template[:10])
print(string.Template("$x").get_identifiers() if hasattr(string.Template, "get_identifiers") else "", string.Template("${a}$b").is_valid())
class PercentTemplate(string.Template):
    delimiter = "%"
print(PercentTemplate("100%pct of %name").substitute(pct="", name="it"))
letter = string.Template("Dear $name,\nYour order #$order ships on $date.\n")
for row in [("Ann", 17, "Mon"), ("Bo", 18, "Tue")]:
    print(letter.substitute(name=row[0], order=row[1], date=row[2]), end="")

fmt = string.Formatter()
print(fmt.format("{0} + {1} = {2}", 1, 2, 3), fmt.format("{name:>8}|{val:08.3f}", name="pi", val=3.14159))
print(list(fmt.parse("Hello {name!r:>10} and {0} {{literal}}")))
print(fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)
print(DefaultFormatter().format("{x} and {y}", x=1))

text = ("The Zen of Python, by Tim Peters. Beautiful is better than ugly. Explicit is better than "
        "implicit. Simple is better than complex. Complex is better than complicated.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten(text, 40, placeholder=" [more]"))
code = """
    def hello():
        print("hi")
            # nested
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=3, placeholder="...")
print(w.wrap(text))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", width=10, break_long_words=False))
print(textwrap.wrap("well-known hyphen-ated words wrap-nicely", width=12))
print(textwrap.wrap("well-known hyphen-ated words", width=12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand there", width=15, expand_tabs=True, tabsize=4))
print(textwrap.wrap("  leading and   multiple   spaces  ", width=12), textwrap.wrap("", 10), textwrap.wrap("   ", 5))
print(textwrap.fill("Sentence one.  Sentence two. Three", width=20, fix_sentence_endings=True))
print(textwrap.wrap("keep   spaces here", width=40, replace_whitespace=False, drop_whitespace=False))
for para in ["Short.", "A somewhat longer paragraph that must be wrapped across lines for display."]:
    print(textwrap.fill(para, width=25, initial_indent="- ", subsequent_indent="  "))
print("{:^20}|{:<6}|{:>6}|{:*^9}|{:+d}|{:x}|{:#o}|{:,}".format("centered", "l", "r", "mid", 5, 255, 8, 1234567))
print(f"{'name':<10}{'qty':>5}{'price':>10}")
for name, qty, price in [("apple", 3, 0.5), ("melon", 12, 2.25)]:
    print(f"{name:<10}{qty:>5}{price:>10.2f}")
print("%-10s|%5d|%8.3f|%x|%c|%r|%%" % ("left", 42, 3.14159, 255, 65, "q"))
print("a,b,,c".split(","), "  a b  ".split(), "a\nb\r\nc".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("Hello".center(11, "*"), "7".zfill(3), "-7".zfill(4), "abc".ljust(5, ".") + "|", "title case here".title(), "ß".upper(), "ǅ".lower())
print("hello world".replace("o", "0", 1), "mississippi".count("ss"), "abc".find("z"), "abcabc".rfind("b"), "  x ".strip(), "xxhixx".strip("x"))
print(" ".join(reversed("a b c".split())), "-".join("abc"), "Tab\tEnd".expandtabs(4), "x".isidentifier(), "١٢".isdigit(), "3.5".isnumeric())
print("straße".casefold(), "HeLLo".swapcase(), "prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "a1".isalnum())
