"""Writes the generated stress cases of the AST corpus (test/ast-corpus/generated/*.py).

Used by scripts/gen-ast-expected.py, which then dumps every corpus file with python3. The cases
are written from scratch here: enumerations of literal forms, statement and expression kinds,
match patterns, layout oddities and deep nesting, plus seeded random programs. Every file is
checked with ast.parse before it is written, so the corpus holds only valid Python.
"""
import ast
import itertools
import os
import random
import warnings

warnings.simplefilter("ignore")

# ---------------------------------------------------------------------------------------------
# Literals
# ---------------------------------------------------------------------------------------------

STR_PREFIXES = ["", "r", "u", "R", "U", "f", "F", "rf", "fr", "Rf", "fR", "RF", "FR", "rF", "Fr"]
BYTES_PREFIXES = ["b", "B", "br", "rb", "Br", "bR", "BR", "RB", "rB", "Rb"]
QUOTES = ["'", '"', "'''", '"""']


def string_prefix_cases():
    lines = []
    for prefix in STR_PREFIXES + BYTES_PREFIXES:
        for q in QUOTES:
            lines.append(f"x = {prefix}{q}plain text{q}")
            lines.append(f"x = {prefix}{q}{q}")
    return "\n".join(lines) + "\n"


ESCAPES = ["\\n", "\\t", "\\\\", "\\'", '\\"', "\\a", "\\b", "\\f", "\\v", "\\r", "\\0", "\\x41", "\\xff",
           "\\101", "\\7", "\\777", "\\u00e9", "\\u20ac", "\\U0001F600", "\\N{BULLET}", "\\N{LATIN SMALL LETTER E WITH ACUTE}",
           "\\d", "\\q", "\\ ", "\\{", "\\N", "\\u", "\\U"]


def escape_cases():
    out = []
    for prefix in ["", "r", "b", "rb", "f", "rf"]:
        for esc in ESCAPES:
            src = f"x = {prefix}'a{esc}b'"
            if prefix in ("f", "rf") and esc == "\\{":
                src = f"x = {prefix}'a{esc}{{b}}'"
            try:
                ast.parse(src)
            except SyntaxError:
                continue  # e.g. \N{...} or \u in bytes, or a dangling \N
            out.append(src)
        out.append(f"x = {prefix}'line one\\\ncontinued'")
        out.append(f'x = {prefix}"""first\nsecond\\\nthird\n"""')
    return "\n".join(out) + "\n"


# TSQ stands for three single quotes, which cannot appear inside this literal.
FSTRING_CASES = r'''
name = "world"; width = 10; precision = 4; value = 12.34567; items = [1, 2, 3]
a = f"hello {name}"
b = f"{name!r} {name!s} {name!a}"
c = f"{value:.2f} {value:>{width}} {value:{width}.{precision}}"
d = f"{value:{'>' if width else '<'}{width}}"
e = f"{{literal braces}} {{{name}}}"
g = f"{name=}"
h = f"{name = }"
i = f"{value=:.3f}"
j = f"{name=!r:>20}"
k = f"{ name }"
l = f"{items[0]} {items[-1]} {items[1:2]}"
m = f"{(lambda x: x * 2)(3)}"
n = f"{ {'a': 1}['a'] }"
o = f"{'nested'} {'' if name else 'x'}"
p = f'{name}' f"{width}" "plain" fTSQ{precision}TSQ
q = "plain" f"{name}" "more"
r = f"""multi
line {name}
{width:>{precision}}"""
s = rf"raw {name} \n stays"
t = fr'\d+{width}\w'
u = f"{3.14:{'0' if True else ''}>10}"
v = f"{name:}"
w = f"{name!r:}"
x = f"{x:{{}}>10}" if False else None
y = f"{','.join(map(str, items))}"
z = f"{name}{width}{precision}"
aa = f"{'a' 'b'}"
bb = f"{value:%}" f"{value:e}" f"{width:#x}" f"{width:,}" f"{width:_b}"
cc = f"{yield_value}" if False else f"{[x for x in items]}"
dd = f"{name!r}" "suffix" f"{name!s:^{width}}"
ee = F"{name}" + Rf"{name}" + FR"{name}"
ff = f"\N{BULLET} {name} \u00e9 \x41"
gg = f"{chr(10).join(map(str, items))}"
hh = f"{(name := 'walrus')}"
ii = f"{items!r:>{width}}"
jj = f"{*items,}"
kk = f"{value:{width}{'.2f'}}"
ll = f"{3+4}" f"{3 + 4 = }"
mm = f"""{
    name
}"""
nn = f"{name:\u0020>10}" if False else f"{name:{' '}>10}"
oo = f"" f'' f"""""" fTSQTSQ
pp = f"{value!r:}" f"{name:{''}}"
'''.replace("TSQ", "'" * 3)


def fstring_cases():
    return FSTRING_CASES.lstrip("\n")


def number_cases(rng):
    forms = ["0", "00", "0_0", "1", "42", "1_000_000", "0x1F", "0X1f", "0xdead_BEEF", "0o17", "0O777", "0o1_7",
             "0b1010", "0B1_0_1", "1.", ".5", "1.5", "1e10", "1E10", "1e-10", "1e+10", "1_0.0_1", "1.e5", ".5e-3",
             "1_000e1_0", "1j", "1J", "1.5j", ".5j", "1e3j", "0j", "00j", "0.0", "0e0", "3.14159265358979323846",
             "1e308", "1e309", "2e-324", "5e-324", "1.7976931348623157e308", "0.1", "0.30000000000000004",
             "123456789012345678901234567890", "0xffffffffffffffffffffffffffffffff", "0b" + "1" * 100,
             "0o" + "7" * 60, "9007199254740993", "18446744073709551616", "1_2_3.4_5_6e7_8", "09.5", "00.0",
             "0_7.0", "1e00", "0e-0j", "4_2j"]
    lines = [f"n{i} = {f}" for i, f in enumerate(forms)]
    lines += ["neg = -1", "negf = -1.5", "negj = -2j", "cplx = 1 + 2j", "cplx2 = -1.5 - 0j", "p = +3", "inv = ~0x0f",
              "attr = 1 .real", "attr2 = 1.0.real", "attr3 = 0x10.bit_length()", "attr4 = (1).imag"]
    for i in range(60):
        base = rng.choice(["d", "x", "o", "b", "f", "e", "j"])
        v = rng.getrandbits(rng.choice([8, 31, 53, 64, 100]))
        if base == "d":
            t = str(v)
        elif base == "x":
            t = rng.choice(["0x", "0X"]) + format(v, rng.choice(["x", "X"]))
        elif base == "o":
            t = rng.choice(["0o", "0O"]) + format(v, "o")
        elif base == "b":
            t = rng.choice(["0b", "0B"]) + format(v, "b")
        elif base == "f":
            t = repr(rng.uniform(0, 10 ** rng.randint(0, 20)))
        elif base == "e":
            t = f"{rng.randint(1, 999)}e{rng.randint(-320, 320)}"
        else:
            t = f"{rng.uniform(0, 100):.{rng.randint(0, 6)}f}j"
        lines.append(f"r{i} = {t}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Statements and expressions, enumerated
# ---------------------------------------------------------------------------------------------

STATEMENT_CASES = {
    "assign": r'''
x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = [a, b] = c
[x, *rest] = items
*head, last = items
a, (b, c), [d, *e] = f
x.attr = 1
x[0] = 1
x[1:2] = [1]
x[::2], y.z = p, q
x, = single
obj.a.b.c = obj.d[0][1]
x = yield_ = 3
x = *a, *b
''',
    "augassign": "\n".join(f"x {op}= y" for op in ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"])
    + "\nx.attr += 1\nx[0] -= 1\nx[a:b] *= 2\n",
    "annassign": r'''
x: int
x: int = 1
x: "str" = 'a'
(x): int = 1
(x): int
x.y: list[int] = []
x[0]: float
x: tuple[int, ...] = (1, 2)
x: dict[str, list[int]] | None = None
y: lambda: 1
z: int = yield_value
''',
    "delete": "del x\ndel x, y\ndel x.a, x[0], x[1:2]\ndel (x), [y]\ndel (a, b), [c, d]\ndel x,\n",
    "simple": "pass\nbreak\ncontinue\nreturn\nreturn 1\nreturn 1, 2\nreturn *a, b\nglobal a\nglobal a, b, c\nnonlocal x\nnonlocal x, y\n",
    "assert": "assert x\nassert x, 'message'\nassert (x, y)\nassert not x, f'{x}'\n",
    "raise": "raise\nraise X\nraise X()\nraise X('m') from e\nraise X from None\n",
    "import": r'''
import a
import a.b.c
import a as b, c.d as e, f
from a import b
from a import b as c, d
from a import (b, c,)
from a import (b as c,
               d as e)
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ..a.b import c
from .....x import *
from a import *
import   spaced  .  module
''',
    "if": r'''
if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
if a: x = 1; y = 2
if a:
    if b:
        pass
    else:
        pass
else:
    if c:
        pass
if (a and
        b):
    pass
''',
    "loops": r'''
while x:
    pass
while x:
    break
else:
    pass
while True: continue
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z: pass
for [x, *y] in z:
    pass
else:
    pass
for x.a in y: pass
for x[0] in y: pass
for x in a, b: pass
for x in *a, *b: pass
for x, in y: pass
''',
    "try": r'''
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except E3 as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (E1, E2) as eg:
    pass
else:
    pass
finally:
    pass
try: x = 1
except E: x = 2
''',
    "with": r'''
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
with (yield_):
    pass
with a as (b, c):
    pass
with a as [b, c], d as e.f, g as h[0]:
    pass
with (
    open("a") as f,
    open("b") as g,
):
    pass
with a as b: pass
''',
    "functions": r'''
def f(): pass
def f(a): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c=3, d): pass
def f(*, a): pass
def f(*args): pass
def f(**kwargs): pass
def f(a, b, /): pass
def f(a: int, b: str = 'x', *args: int, c: float = 1.0, **kw: dict) -> None: pass
def f(a,): pass
def f(a, *, b,): pass
def f(*args, **kwargs,): pass
def f(
    a,
    b,
): return a + b
def f() -> 'forward': return
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    z = (yield)
    await_ = yield x
@decorator
def f(): pass
@a.b.c
@d(1, 2)
@e[0]
@(lambda f: f)
@x if y else z
@x := y
def f(): pass
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
''',
    "classes": r'''
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kwds): pass
class A(B, x=1, *c, y=2, **d): pass
@dec
class A:
    x: int = 1
    y = 2
    def method(self): return self.x
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
    class Inner:
        pass
class Empty:
    """Docstring only."""
class Ellipsis_:
    ...
''',
    "async": r'''
async def f():
    await x
    await f(1)
    x = await y
    async for a in b:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    return await x
    result = [await x async for x in y]
    result = [x async for x in y if await x]
    result = {x: y async for x, y in z}
    result = (x async for x in y)
    result = await (await x)
    result = -await x
    result = await x ** 2
    result = await x.y()
@dec
async def g() -> int: pass
async def h(a, *, b): yield a
''',
    "lambda": r'''
f = lambda: 0
f = lambda x: x
f = lambda x, y=1: x + y
f = lambda *args, **kwargs: (args, kwargs)
f = lambda x, /, y, *, z: 0
f = lambda *, a, b=2: a
f = lambda x=lambda: 1: x()
f = lambda: (yield)
f = lambda: lambda: lambda: 0
f = lambda x: x if x else -x
f = (lambda: 1)()
f = lambda a, b,: 0
''',
    "comprehensions": r'''
a = [x for x in y]
a = [x for x in y if x]
a = [x for x in y if x if not x]
a = [x for x in y for z in x]
a = [(x, z) for x in y if x for z in x if z]
a = {x for x in y}
a = {x: y for x, y in z}
a = (x for x in y)
a = f(x for x in y)
a = f((x for x in y), 1)
a = [x for x, in y]
a = [x for (x, y) in z]
a = [x for [x, *y] in z]
a = [x for x in (lambda: y)()]
a = [x for x in y if (z := x)]
a = [[x for x in y] for y in z]
a = [x for x in a if x in b]
a = [lambda: x for x in y]
a = [x async for x in y] if False else None
a = [x for x in (1, 2)]
''',
    "calls": r'''
f()
f(a)
f(a, b)
f(a, *b)
f(*a, *b)
f(a, k=1)
f(k=1, **kw)
f(**a, **b)
f(*a, k=1, *b, **c)
f(a)(b)(c)
f(a,)
f(x for x in y)
f(a, k=v, *args, k2=v2, **kwargs)
obj.method(1).other[2](3)
f(
    a,
    b,
)
f(a=1)(b=2)
print("hello", end="", sep=", ", file=sys.stderr, flush=True)
''',
    "subscripts": r'''
x[0]
x[-1]
x[a, b]
x[a:b]
x[:]
x[::]
x[a:]
x[:b]
x[::c]
x[a:b:c]
x[a:b, c:d]
x[a:b, ...]
x[...]
x[:, None]
x[1:2, ::3]
x[()]
x[(a, b)]
x[a,]
x[*a]
x[*a, b]
x[a:b][c:d][e]
x[lambda: 1]
x[y := 1]
x[{1: 2}]
x[f(a)[b]:c.d]
''',
    "operators": "\n".join(f"x = a {op} b" for op in ["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^",
                                                        "and", "or", "<", ">", "<=", ">=", "==", "!=", "is", "is not",
                                                        "in", "not in"])
    + "\nx = -a\nx = +a\nx = ~a\nx = not a\nx = - - a\nx = not not a\nx = -a ** -b\nx = (-a) ** b\nx = a < b < c\n"
    + "x = a == b != c is d is not e in f not in g\nx = a if b else c\nx = a or b and c\nx = (a or b) and c\n"
    + "x = not a == b\nx = a and not b\nx = a | b ^ c & d << e + f * g ** h\nx = ((((a))))\nx = a @ b @ c\n"
    + "x = a ** b ** c\nx = (a ** b) ** c\nx = a - (b - c)\nx = a - b - c\nx = a / b * c // d % e\n",
    "displays": r'''
x = ()
x = (1,)
x = 1,
x = (1, 2, 3)
x = []
x = [1]
x = [1, 2, 3,]
x = {}
x = {1: 2}
x = {1: 2, 3: 4,}
x = {**a}
x = {**a, 1: 2, **b}
x = {1}
x = {1, 2,}
x = {*a, *b}
x = [*a, *b]
x = (*a, *b)
x = *a,
x = [[], [[]], [[[]]]]
x = {'a': [1, {2: (3,)}], 'b': {4, 5}}
x = ...
x = None, True, False, ...
''',
    "walrus": r'''
if (n := len(a)) > 10:
    pass
while (chunk := f.read(10)):
    pass
print(x := 1)
print(f(y := 2), z := 3)
a = [y := 1, y ** 2]
b = (c := 1)
d = {(e := 1): (g := 2)}
h = x[(i := 0)]
j = lambda: (k := 1)
if any((m := x) > 0 for x in y):
    pass
def f(a=(b := 1)): pass
(n := 1)
''',
}

MATCH_CASES = r'''
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5 | 1j | -1j | 1 + 2j | 1 - 2j | -1 + 2j | -1 - 2j:
        pass
    case "s" | b"b" | "t":
        pass
    case "implicit" "concat":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case name:
        pass
    case _:
        pass
match x:
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case [a, *rest]:
        pass
    case [*_, last]:
        pass
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a,:
        pass
    case [[a, b], (c, d)]:
        pass
    case *a, b:
        pass
match x:
    case {"k": v}:
        pass
    case {"k": v, **rest}:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {1: a, "b": b, None: c, True: d, a.b: e, -1: f, 1 + 2j: g}:
        pass
match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point(x, y=[z, *w]):
        pass
    case int() | str() as v:
        pass
    case Point(x=Point(y=Point())):
        pass
match x:
    case (a | b) as c:
        pass
    case a | b | c:
        pass
    case [a, b] as c if c:
        pass
    case (1 as one) | (2 as one):
        pass
    case (((a))):
        pass
    case {"x": [1, {"y": (a | b) as c}]}:
        pass
    case _ if x > 1:
        pass
match (x, y):
    case (1, 2): pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match x.y[0]():
    case _: pass
match = 1
case = 2
match.attr = 3
match[0] = 4
match(x)
print(match, case)
_ = match
def match(): pass
'''


# ---------------------------------------------------------------------------------------------
# Layout: comments, blank lines, continuations, tabs, form feeds
# ---------------------------------------------------------------------------------------------

LAYOUT_CASES = {
    "comments": "# leading comment\n\n# another\nx = 1  # trailing\n\n\n# between\nif x:  # on compound\n    # inside\n    y = 2\n        # deeper comment\n# dedented comment\n    z = 3\n# last\n",
    "blank_lines": "\n\n\nx = 1\n\n   \n\t\n\nif x:\n\n    y = 1\n    \n\n    z = 2\n\n\n",
    "continuation": "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\ny = [1,\n2,\n      3]\nz = (\n\n1\n\n)\nwith a as b, \\\n     c as d:\n    pass\nassert x, \\\n    'm'\n",
    "tabs": "if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n\telse:\n\t\tz = 3\nfor i in r:\n\tpass\n",
    "tabs_mixed_consistent": "if x:\n\tif y:\n\t\tpass\n\tpass\nif x:\n        y = 1\n",
    "formfeed": "\x0cx = 1\n\x0c\ndef f():\n    \x0c\n    return 1\n\x0cy = 2\n",
    "semicolons": "x = 1; y = 2; z = 3\nx = 1;\nif x: a = 1; b = 2;\nimport a; from b import c; del a\n",
    "single_line_suites": "if x: pass\nelif y: pass\nelse: pass\nwhile x: break\nfor x in y: continue\nwith a: pass\ntry: pass\nexcept E: pass\nfinally: pass\nclass A: x = 1; y = 2\ndef f(): return 1\n",
    "no_trailing_newline": "x = 1\nif x:\n    y = 2",
    "no_trailing_newline_comment": "x = 1\n# comment at end",
    "empty": "",
    "only_comments": "# nothing\n# but comments\n",
    "only_blank": "\n\n\n",
    "whitespace_in_line": "x   =   1\nf (  a ,  b  )\ny=[1,2]\nz=x[ 1 : 2 ]\nw = x . y . z\n",
    "deep_indent": "".join("    " * i + f"if x{i}:\n" for i in range(90)) + "    " * 90 + "pass\n",
    "docstrings": '"""Module docstring."""\n\ndef f():\n    """Function docstring."""\n    return 1\n\nclass A:\n    \'\'\'Class docstring.\'\'\'\n    def m(self):\n        r"""Raw docstring \\n."""\n',
    "backslash_in_brackets": "x = (1 + \\\n     2)\ny = [\\\n1]\n",
    "dedent_multiple": "if a:\n    if b:\n        if c:\n            x = 1\ny = 2\n",
    "indent_after_comment": "def f():\n# comment at column 0\n    return 1\n",
    "type_comments": "x = []  # type: list[int]\ndef f(a):\n    # type: (int) -> None\n    pass\nfor x in y:  # type: int\n    pass\n",
    "soft_keywords_as_names": "match = 1\ncase = 2\n_ = 3\ntype = 4\nprint(match, case, _)\nmatch.x = 1\n",
    "encoding_cookie": "# -*- coding: utf-8 -*-\nx = 'é'\n",
    "ellipsis_forms": "...\nx = ...\ndef f(): ...\nclass A: ...\ny = x[...]\nz = [..., ...]\n",
}

UNICODE_CASES = {
    "unicode_identifiers": "café = 1\nnaïve = café + 1\nπ = 3.14159\nΔx = 0.5\n变量 = '中文'\nпеременная = [1, 2]\n_ñ = {1: 'ñ'}\nΣ = sum([π, Δx])\nclass Ünïcödé:\n    def méthode(self, ärg=1): return ärg\n",
    "unicode_nfkc": "ﬁle = 1\nℌ = 2\nｘ = 3\n𝐱 = 4\nprint(ﬁle, ℌ, ｘ, 𝐱)\nK = 5\nΩ = 6\n",
    "unicode_strings": "a = 'é€😀'\nb = \"日本語\"\nc = '''多行\n字符串'''\nd = f'{a} → {b}'\ne = 'emoji 😀😀😀 then x'; f = 1\ng = ['ü', 'ß', 'ø']\nh = '\\u00e9' + 'é'\ni = '\u200b' 'zero width'\n",
    "unicode_positions": "x = '€' + y\ny = '😀' + z + '😀'\nz = f('日本', 語)\nw = {'é': é for é in 'ééé'}\nv = 'ñ' if ñ else 'n'\n",
    "unicode_comments": "# Ünïcödé comment 😀\nx = 1  # 日本語\n",
    "unicode_fstrings": "x = f'{名前}さん こんにちは {年齢:>5}'\ny = f'→{a!r}←'\n",
}


# ---------------------------------------------------------------------------------------------
# Deep nesting (ast.dump and pygil's dumper must both survive these)
# ---------------------------------------------------------------------------------------------

def deep_cases():
    return {
        "deep_unary": "x = " + "-" * 1000 + "1\n",
        "deep_not": "x = " + "not " * 1000 + "x\n",
        "deep_binop": "x = " + " + ".join(f"a{i}" for i in range(1500)) + "\n",
        "deep_power": "x = " + " ** ".join(["2"] * 1000) + "\n",
        "deep_attribute": "x = a" + ".b" * 1500 + "\n",
        "deep_subscript_call": "x = f" + "[0]" * 500 + "(1)" * 500 + "\n",
        "deep_ifexp": "x = " + " if c else ".join(["a"] * 800) + "\n",
        "deep_lambda": "f = " + "lambda: " * 800 + "0\n",
        "deep_parens": "x = " + "(" * 190 + "1" + ")" * 190 + "\n",
        "deep_lists": "x = " + "[" * 190 + "]" * 190 + "\n",
        "deep_calls": "x = " + "f(" * 190 + "1" + ")" * 190 + "\n",
        "deep_compare": "x = " + " < ".join(f"a{i}" for i in range(1000)) + "\n",
        "deep_boolop": "x = " + " and ".join(f"a{i}" for i in range(1000)) + "\n",
        "deep_mixed": "x = " + "".join(f"a{i} + (b{i} * " for i in range(90)) + "c" + ")" * 90 + "\n",
        "deep_strings": "x = " + " ".join(f"'s{i}'" for i in range(2000)) + "\n",
        "deep_await": "async def f():\n    return " + "await (" * 150 + "x" + ")" * 150 + "\n",
        "deep_elif": "if a0:\n    pass\n" + "".join(f"elif a{i}:\n    pass\n" for i in range(1, 800)) + "else:\n    pass\n",
        "deep_tuple": "x = " + ", ".join(str(i) for i in range(3000)) + "\n",
        "deep_functions": "".join("    " * i + f"def f{i}():\n" for i in range(95)) + "    " * 95 + "return 1\n",
    }


# ---------------------------------------------------------------------------------------------
# Random programs
# ---------------------------------------------------------------------------------------------

BINOPS = [("|", 6), ("^", 7), ("&", 8), ("<<", 9), (">>", 9), ("+", 10), ("-", 10), ("*", 11), ("/", 11),
          ("//", 11), ("%", 11), ("@", 11)]
CMPOPS = ["<", ">", "==", "!=", "<=", ">=", "is", "is not", "in", "not in"]
NAMES = ["a", "b", "c", "x", "y", "z", "data", "items", "count", "self", "obj", "value", "_", "__dunder__",
         "i", "j", "k", "n", "result", "café", "ñ", "total"]
ATTRS = ["append", "items", "x", "y", "name", "value", "real", "__class__", "get", "keys"]
ATOM, PRIMARY, AWAIT, POWER, UNARY = 16, 15, 14, 13, 12


class RandomProgram:
    def __init__(self, rng):
        self.rng = rng
        self.indent_unit = rng.choice(["    ", "  ", "\t", "        ", " "])
        self.in_function = False
        self.in_async = False
        self.in_loop = False

    # expressions: each returns (text, precedence)
    def wrap(self, expr, need):
        text, prec = expr
        if prec < need or (prec < ATOM and self.rng.random() < 0.04):
            return "(" + text + ")"
        return text

    def name(self):
        return self.rng.choice(NAMES)

    def string(self):
        r = self.rng
        prefix = r.choice(["", "", "", "r", "b", "f", "rb", "u", "F", "Rb"])
        q = r.choice(["'", '"', "'''", '"""'])
        body = r.choice(["", "text", "a b c", "\\n", "é", "tab\\t", "{x}", "{x!r}", "{x:>{w}}", "{{}}", "100%",
                         "\\\\", "it is", "😀", "{y=}", "{a[0]}"])
        if "b" in prefix.lower():
            body = body.replace("é", "e").replace("😀", ":)")
        if "f" not in prefix.lower():
            body = body.replace("{", "(").replace("}", ")")
        return prefix + q + body + q

    def atom(self, depth):
        r = self.rng
        choice = r.random()
        if choice < 0.35:
            return (self.name(), ATOM)
        if choice < 0.55:
            return (r.choice(["0", "1", "42", "3.14", "1e10", "0x1f", "0o7", "0b101", "1_000", "2j", ".5", "10."]), PRIMARY)
        if choice < 0.7:
            parts = [self.string() for _ in range(r.choice([1, 1, 1, 2, 3]))]
            # implicit concatenation cannot mix bytes and str
            kinds = {("b" in p.split(p.lstrip("rRbBuUfF")[0])[0].lower()) for p in parts}
            if len(kinds) > 1:
                parts = parts[:1]
            return (" ".join(parts), ATOM)
        if choice < 0.75:
            return (r.choice(["None", "True", "False", "..."]), ATOM)
        if depth <= 0:
            return (self.name(), ATOM)
        if choice < 0.8:
            elts = [self.wrap(self.expr(depth - 1), 1) for _ in range(r.randint(0, 4))]
            if r.random() < 0.2 and elts:
                elts[0] = "*" + self.wrap(self.expr(depth - 1), 6)
            if len(elts) == 1:
                return ("(" + elts[0] + ",)", ATOM)
            return ("(" + ", ".join(elts) + ")", ATOM)
        if choice < 0.85:
            elts = [self.wrap(self.expr(depth - 1), 1) for _ in range(r.randint(0, 4))]
            if r.random() < 0.2 and elts:
                elts[-1] = "*" + self.wrap(self.expr(depth - 1), 6)
            return ("[" + ", ".join(elts) + (", " if elts and r.random() < 0.2 else "") + "]", ATOM)
        if choice < 0.9:
            pairs = []
            for _ in range(r.randint(0, 3)):
                if r.random() < 0.15:
                    pairs.append("**" + self.wrap(self.expr(depth - 1), 6))
                else:
                    pairs.append(self.wrap(self.expr(depth - 1), 1) + ": " + self.wrap(self.expr(depth - 1), 1))
            return ("{" + ", ".join(pairs) + "}", ATOM)
        if choice < 0.93:
            elts = [self.wrap(self.expr(depth - 1), 1) for _ in range(r.randint(1, 3))]
            return ("{" + ", ".join(elts) + "}", ATOM)
        if choice < 0.97:
            return self.comprehension(depth)
        return ("(" + self.name() + " := " + self.wrap(self.expr(depth - 1), 1) + ")", ATOM)

    def comprehension(self, depth):
        r = self.rng
        kind = r.choice(["[]", "{}", "()", "dict"])
        elt = self.wrap(self.expr(depth - 1), 1)
        if kind == "dict":
            elt = elt + ": " + self.wrap(self.expr(depth - 1), 1)
        clauses = []
        for _ in range(r.randint(1, 2)):
            target = r.choice([self.name(), self.name() + ", " + self.name(), "(" + self.name() + ", " + self.name() + ")"])
            is_async = "async " if self.in_async and r.random() < 0.2 else ""
            clauses.append(f"{is_async}for {target} in " + self.wrap(self.expr(depth - 1), 2))
            for _ in range(r.choice([0, 0, 1, 2])):
                clauses.append("if " + self.wrap(self.expr(depth - 1), 2))
        body = elt + " " + " ".join(clauses)
        if kind == "[]":
            return ("[" + body + "]", ATOM)
        if kind == "()":
            return ("(" + body + ")", ATOM)
        return ("{" + body + "}", ATOM)

    def primary(self, depth):
        r = self.rng
        base = self.atom(depth)
        if depth <= 0:
            return base
        text = self.wrap(base, ATOM) if base[1] < ATOM else base[0]
        for _ in range(r.choice([0, 1, 1, 2, 3])):
            kind = r.random()
            if kind < 0.4:
                pos, kw = [], []
                for _ in range(r.randint(0, 3)):
                    k = r.random()
                    if k < 0.6:
                        pos.append(self.wrap(self.expr(depth - 1), 1))
                    elif k < 0.7:
                        pos.append("*" + self.wrap(self.expr(depth - 1), 6))
                    elif k < 0.9:
                        kw.append(self.name() + "=" + self.wrap(self.expr(depth - 1), 1))
                    else:
                        kw.append("**" + self.wrap(self.expr(depth - 1), 6))
                text = text + "(" + ", ".join(pos + kw) + ")"
            elif kind < 0.7:
                text = text + "." + r.choice(ATTRS)
            else:
                s = r.random()
                if s < 0.5:
                    idx = self.wrap(self.expr(depth - 1), 1)
                elif s < 0.8:
                    parts = [self.wrap(self.expr(depth - 1), 1) if r.random() < 0.6 else "" for _ in range(r.choice([2, 3]))]
                    idx = ":".join(parts)
                else:
                    idx = ", ".join(self.wrap(self.expr(depth - 1), 1) for _ in range(2))
                text = text + "[" + idx + "]"
        return (text, PRIMARY if text != base[0] else base[1])

    def expr(self, depth):
        r = self.rng
        if depth <= 0:
            return self.primary(0)
        k = r.random()
        if k < 0.35:
            return self.primary(depth)
        if k < 0.55:
            op, prec = r.choice(BINOPS)
            left = self.wrap(self.expr(depth - 1), prec)
            right = self.wrap(self.expr(depth - 1), prec + 1)
            return (f"{left} {op} {right}", prec)
        if k < 0.6:
            left = self.wrap(self.expr(depth - 1), AWAIT)
            right = self.wrap(self.expr(depth - 1), UNARY)
            return (f"{left} ** {right}", POWER)
        if k < 0.67:
            op = r.choice(["-", "+", "~"])
            return (op + self.wrap(self.expr(depth - 1), UNARY), UNARY)
        if k < 0.72:
            return ("not " + self.wrap(self.expr(depth - 1), 4), 4)
        if k < 0.8:
            n = r.randint(1, 3)
            parts = [self.wrap(self.expr(depth - 1), 6)]
            for _ in range(n):
                parts.append(r.choice(CMPOPS))
                parts.append(self.wrap(self.expr(depth - 1), 6))
            return (" ".join(parts), 5)
        if k < 0.87:
            op, prec = r.choice([("and", 3), ("or", 2)])
            parts = [self.wrap(self.expr(depth - 1), prec + 1) for _ in range(r.randint(2, 4))]
            return (f" {op} ".join(parts), prec)
        if k < 0.92:
            body = self.wrap(self.expr(depth - 1), 2)
            test = self.wrap(self.expr(depth - 1), 2)
            orelse = self.wrap(self.expr(depth - 1), 1)
            return (f"{body} if {test} else {orelse}", 1)
        if k < 0.96:
            params = self.params(lambda_=True)
            body = self.wrap(self.expr(depth - 1), 0)
            return (f"lambda{(' ' + params) if params else ''}: {body}", 0)
        if self.in_async and k < 0.98:
            return ("await " + self.wrap(self.primary(depth - 1), PRIMARY), AWAIT)
        if self.in_function:
            inner = r.choice(["yield", "yield " + self.wrap(self.expr(depth - 1), 1), "yield from " + self.wrap(self.expr(depth - 1), 1)])
            return ("(" + inner + ")", ATOM)
        return self.primary(depth)

    def params(self, lambda_=False):
        r = self.rng
        names = r.sample(["a", "b", "c", "d", "e", "p", "q", "s", "t"], 9)
        out = []
        ann = (lambda: "") if lambda_ else (lambda: (": " + self.wrap(self.expr(1), 1)) if r.random() < 0.3 else "")
        default_seen = False
        posonly = r.random() < 0.15
        for i in range(r.randint(0, 3)):
            p = names.pop() + ann()
            if default_seen or r.random() < 0.3:
                p += ("=" if lambda_ or "=" not in p and ":" not in p else " = ") + self.wrap(self.expr(1), 1)
                default_seen = True
            out.append(p)
        if posonly and out:
            out.append("/")
        if r.random() < 0.3:
            out.append("*" + names.pop() + ann())
            for _ in range(r.randint(0, 2)):
                p = names.pop() + ann()
                if r.random() < 0.5:
                    p += "=" + self.wrap(self.expr(1), 1)
                out.append(p)
        elif r.random() < 0.15:
            out.append("*")
            out.append(names.pop() + ann())
        if r.random() < 0.2:
            out.append("**" + names.pop() + ann())
        return ", ".join(out)

    def target(self, starred=True):
        r = self.rng
        k = r.random()
        if k < 0.6:
            return self.name()
        if k < 0.75:
            return self.name() + "." + r.choice(ATTRS)
        if k < 0.85:
            return self.name() + "[" + self.wrap(self.expr(1), 1) + "]"
        names = [self.name() for _ in range(r.randint(2, 3))]
        if starred and r.random() < 0.3:
            names[r.randrange(len(names))] = "*" + self.name()
        t = ", ".join(names)
        return r.choice([t, "(" + t + ")", "[" + t + "]"])

    def simple_stmt(self):
        r = self.rng
        k = r.random()
        e = lambda d=2: self.wrap(self.expr(d), 1)
        if k < 0.3:
            return " = ".join(self.target() for _ in range(r.choice([1, 1, 1, 2]))) + " = " + e()
        if k < 0.4:
            op = r.choice(["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="])
            return self.name() + f" {op} " + e()
        if k < 0.45:
            return self.name() + ": " + e(1) + (" = " + e() if r.random() < 0.6 else "")
        if k < 0.65:
            return self.wrap(self.expr(3), 0)
        if k < 0.68:
            return "pass"
        if k < 0.7:
            return "del " + ", ".join(self.target(starred=False) for _ in range(r.randint(1, 2)))
        if k < 0.73:
            return "assert " + e() + (", " + e(1) if r.random() < 0.5 else "")
        if k < 0.76:
            return r.choice(["raise", "raise " + e(1), "raise " + e(1) + " from " + e(1)])
        if k < 0.8:
            return r.choice(["import os", "import os.path as p", "from . import a", "from ..m import (a, b as c)",
                             "from m import *", "import a, b.c"])
        if k < 0.83:
            return r.choice(["global ", "nonlocal "]) + ", ".join(self.name() for _ in range(r.randint(1, 3)))
        if self.in_loop and k < 0.88:
            return r.choice(["break", "continue"])
        if self.in_function and k < 0.95:
            return r.choice(["return", "return " + e(), "yield " + e(), "x = yield", "return " + e() + ", " + e()])
        return self.name() + " = " + e()

    def block(self, level, depth, header):
        r = self.rng
        lines = [self.ind(level) + header]
        if depth <= 0 or r.random() < 0.15:
            if r.random() < 0.5:
                lines[0] += " " + self.simple_stmt()
                return lines
            lines.append(self.ind(level + 1) + self.simple_stmt())
            return lines
        for _ in range(r.randint(1, 3)):
            lines += self.stmt(level + 1, depth - 1)
        return lines

    def ind(self, level):
        return self.indent_unit * level

    def stmt(self, level, depth):
        r = self.rng
        k = r.random()
        pre = []
        if r.random() < 0.08:
            pre.append(self.ind(level) + "# " + r.choice(["comment", "TODO: x", "é 😀", "type: ignore"]))
        if r.random() < 0.08:
            pre.append(r.choice(["", "   ", "\t"]))
        if depth <= 0 or k < 0.5:
            line = self.simple_stmt()
            if r.random() < 0.1:
                line += "; " + self.simple_stmt()
            if r.random() < 0.05:
                line += "  # trailing"
            return pre + [self.ind(level) + line]
        e = lambda d=2: self.wrap(self.expr(d), 1)
        if k < 0.6:
            out = self.block(level, depth, "if " + e() + ":")
            for _ in range(r.choice([0, 0, 1, 2])):
                out += self.block(level, depth, "elif " + e() + ":")
            if r.random() < 0.4:
                out += self.block(level, depth, "else:")
            return pre + out
        if k < 0.7:
            saved = self.in_loop
            self.in_loop = True
            if r.random() < 0.5:
                is_async = "async " if self.in_async and r.random() < 0.3 else ""
                out = self.block(level, depth, f"{is_async}for {self.target()} in {self.wrap(self.expr(2), 0)}:")
            else:
                out = self.block(level, depth, "while " + e() + ":")
            self.in_loop = saved
            if r.random() < 0.2:
                out += self.block(level, depth, "else:")
            return pre + out
        if k < 0.77:
            out = self.block(level, depth, "try:")
            star = "*" if r.random() < 0.15 else ""
            n = r.randint(0 if not star else 1, 2)
            for i in range(n):
                t = r.choice(["Exception", "(ValueError, TypeError)", "E", "a.b"])
                if not star and i == n - 1 and r.random() < 0.3:
                    out += self.block(level, depth, "except:")
                else:
                    out += self.block(level, depth, f"except{star} {t}" + (" as err" if r.random() < 0.5 else "") + ":")
            if n and r.random() < 0.3:
                out += self.block(level, depth, "else:")
            if not n or r.random() < 0.3:
                out += self.block(level, depth, "finally:")
            return pre + out
        if k < 0.82:
            items = []
            for _ in range(r.randint(1, 3)):
                item = self.wrap(self.expr(2), 1)
                if r.random() < 0.5:
                    item += " as " + self.target()
                items.append(item)
            is_async = "async " if self.in_async and r.random() < 0.3 else ""
            header = ", ".join(items)
            if r.random() < 0.2:
                header = "(" + header + ")"
            return pre + self.block(level, depth, f"{is_async}with {header}:")
        if k < 0.9:
            saved = (self.in_function, self.in_async, self.in_loop)
            self.in_async = r.random() < 0.2
            self.in_function = True
            self.in_loop = False
            decos = [self.ind(level) + "@" + self.wrap(self.primary(1), 1) for _ in range(r.choice([0, 0, 1, 2]))]
            returns = (" -> " + e(1)) if r.random() < 0.2 else ""
            out = decos + self.block(level, depth, ("async " if self.in_async else "") + f"def {self.name()}({self.params()}){returns}:")
            self.in_function, self.in_async, self.in_loop = saved
            return pre + out
        if k < 0.95:
            saved = (self.in_function, self.in_async, self.in_loop)
            self.in_function = self.in_async = self.in_loop = False
            bases = ", ".join(self.wrap(self.expr(1), 1) for _ in range(r.randint(0, 2)))
            if r.random() < 0.2:
                bases = (bases + ", " if bases else "") + "metaclass=" + self.name()
            header = f"class {self.name().title().replace('_', 'C')}" + (f"({bases})" if bases or r.random() < 0.3 else "") + ":"
            out = self.block(level, depth, header)
            self.in_function, self.in_async, self.in_loop = saved
            return pre + out
        out = [self.ind(level) + "match " + e() + ":"]
        for _ in range(r.randint(1, 3)):
            out += self.block(level + 1, depth - 1, "case " + self.pattern(2) + (" if " + e(1) if r.random() < 0.2 else "") + ":")
        out += self.block(level + 1, depth - 1, "case _:")
        return pre + out

    def pattern(self, depth):
        r = self.rng
        k = r.random()
        if depth <= 0 or k < 0.3:
            return r.choice(["1", "-1", "'s'", "None", "True", "x", "a.b", "1.5", "2j", "-1+2j", "b'x'", "[]", "{}"])
        if k < 0.45:
            items = [self.pattern(depth - 1) for _ in range(r.randint(0, 3))]
            if r.random() < 0.3:
                items.append("*rest")
            return "[" + ", ".join(items) + "]"
        if k < 0.55:
            return "(" + " | ".join(self.pattern(depth - 1) for _ in range(r.randint(2, 3))) + ")"
        if k < 0.7:
            items = [f"{r.choice(['1', chr(39) + 'k' + chr(39), 'None', 'a.b'])}: {self.pattern(depth - 1)}" for _ in range(r.randint(0, 2))]
            if r.random() < 0.3:
                items.append("**rest")
            # duplicate literal keys are a syntax error
            seen, uniq = set(), []
            for it in items:
                key = it.split(":")[0]
                if key not in seen:
                    seen.add(key)
                    uniq.append(it)
            return "{" + ", ".join(uniq) + "}"
        if k < 0.85:
            args = [self.pattern(depth - 1) for _ in range(r.randint(0, 2))]
            kws = [f"{n}={self.pattern(depth - 1)}" for n in r.sample(["x", "y", "z"], r.randint(0, 2))]
            return r.choice(["Point", "a.B", "int"]) + "(" + ", ".join(args + kws) + ")"
        return "((" + self.pattern(depth - 1) + ") as " + r.choice(["p", "q", "whole"]) + ")"

    def program(self, n_stmts, depth):
        lines = []
        for _ in range(n_stmts):
            lines += self.stmt(0, depth)
        return "\n".join(lines) + "\n"


def random_programs(rng, count):
    out = {}
    i = 0
    attempts = 0
    while i < count:
        attempts += 1
        prog = RandomProgram(rng).program(rng.randint(3, 10), rng.randint(1, 3))
        try:
            ast.parse(prog)
        except SyntaxError:
            continue  # rare: the generator's idea of legal Python is a little wider than Python's
        except (RecursionError, MemoryError):
            continue
        out[f"random_{i:03d}"] = prog
        i += 1
    return out, attempts


def precedence_matrix():
    """Every ordered pair of binary operators in both groupings, and unary/power/compare mixes."""
    ops = [op for op, _ in BINOPS] + ["**", "and", "or", "<", "==", "is not", "not in"]
    lines = []
    for op1, op2 in itertools.product(ops, ops):
        lines.append(f"x = a {op1} b {op2} c")
        lines.append(f"x = (a {op1} b) {op2} c")
        lines.append(f"x = a {op1} (b {op2} c)")
    files = {}
    for n in range(0, len(lines), 200):
        files[f"precedence_{n // 200:02d}"] = "\n".join(lines[n:n + 200]) + "\n"
    unary = []
    for u1, u2 in itertools.product(["-", "+", "~", "not ", "await "], repeat=2):
        for op in ["**", "*", "+", "<", "and", "if"]:
            line = f"    x = {u1}a if {u2}b else c" if op == "if" else f"    x = {u1}a {op} {u2}b"
            try:
                ast.parse("async def f():\n" + line)
            except SyntaxError:
                continue  # e.g. "a ** not b": not binds looser than **
            unary.append(line)
    files["precedence_unary"] = "async def f():\n" + "\n".join(unary) + "\n"
    return files


def write_all(directory):
    rng = random.Random(311)
    files = {
        "strings_prefixes": string_prefix_cases(),
        "strings_escapes": escape_cases(),
        "fstrings": fstring_cases(),
        "numbers": number_cases(rng),
        "match_patterns": MATCH_CASES.lstrip("\n"),
    }
    for name, src in STATEMENT_CASES.items():
        files["stmt_" + name] = src.lstrip("\n")
    for name, src in LAYOUT_CASES.items():
        files["layout_" + name] = src
    for name, src in UNICODE_CASES.items():
        files[name] = src
    files.update(deep_cases())
    files.update(precedence_matrix())
    programs, _ = random_programs(rng, 200)
    files.update(programs)

    os.makedirs(directory, exist_ok=True)
    for old in os.listdir(directory):
        if old.endswith((".py", ".dump", ".dumpattrs")):
            os.remove(os.path.join(directory, old))
    broken = []
    for name, src in sorted(files.items()):
        try:
            ast.parse(src)
        except SyntaxError as e:
            broken.append(f"{name}: {e}")
    if broken:  # a broken case is a bug in this generator: fail loudly
        raise SystemExit("invalid generated cases:\n" + "\n".join(broken))
    for name, src in sorted(files.items()):
        path = os.path.join(directory, name + ".py")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(src)
    # Line endings other than \n, and a byte order mark, as editors on other systems write them.
    with open(os.path.join(directory, "layout_crlf.py"), "wb") as f:
        f.write(b"x = 1\r\nif x:\r\n    y = 'a\\\r\nb'\r\n    z = '''\r\nmulti\r\n'''\r\n")
    with open(os.path.join(directory, "layout_cr_only.py"), "wb") as f:
        f.write(b"x = 1\ry = 2\rif x:\r    z = 3\r")
    with open(os.path.join(directory, "layout_bom.py"), "wb") as f:
        f.write(b"\xef\xbb\xbfx = 'bom'\nprint(x)\n")
