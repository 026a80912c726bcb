import configparser
for bad in ["[a]\nx=1\n[a]\n", "x=1\n", "[a]\nx=1\nx=2\n", "[a]\n  bad indent\n", "[a\nx=1", "[a]\nno delimiter\nalso bad\n", "[a]\n=novalue\n"]:
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
c = configparser.ConfigParser()
c.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(missing)s\nd = 100%%\ne = 100%\nf = %(d)s and %%\ng = %(bad\n")
for k in "abcdefg":
    try:
        print(k, c.get("s", k))
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
for call in [lambda: c.get("nosec", "a"), lambda: c.get("s", "zz"), lambda: c["nosec"], lambda: c.options("x"),
             lambda: c.add_section("DEFAULT"), lambda: c.add_section("s"), lambda: c.set("s", "k", 1),
             lambda: c.set("zz", "a", "b"), lambda: c.set("s", "p", "50%"), lambda: c.getint("s", "d"),
             lambda: c.items("nope"), lambda: c["s"]["nope"], lambda: configparser.ConfigParser().read_dict({"s": {"a": 1, "A": 2}}),
             lambda: configparser.ConfigParser(strict=False).read_string("[a]\nx=1\nx=2\n[a]\ny=3\n"),
             lambda: c.getboolean("s", "d")]:
    try:
        r = call()
        print("ok", r)
    except (configparser.Error, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, "|", e)
c2 = configparser.ConfigParser(inline_comment_prefixes=(";", "#"), empty_lines_in_values=False, delimiters=("=",))
c2.read_string("[x]\na = 1 ; hi\nb = 2;no\nc = url#frag # real comment\nd: colon = ok\n")
print(dict(c2["x"]))
c3 = configparser.ConfigParser(defaults={"color": "red", "n": 1})
c3.read_string("[a]\nx = 1\n[DEFAULT]\nshape = round\n")
print(c3.defaults(), dict(c3["a"]), c3.sections())
print(isinstance(configparser.ParsingError("x"), configparser.Error), configparser.MissingSectionHeaderError.__mro__[1].__name__)
