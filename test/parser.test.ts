// parseModule against python3's ast.parse, positions included: small inline programs covering
// the whole grammar, and every file in examples/. Expected trees come from python3 at test
// time (scripts/py-ast-json.py), never from memory.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, pygilResult, pythonFileResults, pythonResults } from "./parser-json.js";
import { PythonParser } from "../src/parser/grammar.js";
import { parseModule, SourceTooComplexError } from "../src/parser/parse.js";

const CASES: string[] = [
  // atoms and literals
  "x\n", "1\n", "1.5\n", "1e400\n", "2j\n", "0x1F\n", "1_000\n", "None\n", "True\n", "False\n", "...\n",
  "'a'\n", "b'\\x00a'\n", "u'x'\n", "U'x'\n", "r'\\d'\n", "'a' 'b'\n", "'a' \\\n  'b'\n", "b'a' b'c'\n",
  "('a'\n 'b')\n", "x = '''a\nb'''\n",
  // f-strings
  "f'{x}'\n", "f'a{x!r:>{w}}b'\n", "f'{x=}'\n", "f'{x = !s:^5}'\n", "'a' f'{b}' 'c'\n", "f'{a}' f'{b:{c}x}'\n",
  "f''\n", "f'{x:}'\n", "f'{a, b}'\n", "f'{ {1: 2}[1] }'\n", "f'''{\nx\n}'''\n", "u'a' f'{x}'\n", "f'{x!a}' rf'\\{y}'\n",
  "f'{f\"{x}\"}'\n", "x = (f'{a}'\n     f'{b}')\n",
  // operators and precedence
  "a + b * c ** -d // e % f @ g\n", "-a ** b\n", "a ** -b ** c\n", "not a == b\n", "a and not b or c\n",
  "a < b <= c > d >= e == f != g is h is not i in j not in k\n", "(a < b) < c\n", "a | b ^ c & d << e >> f\n",
  "~a + +b - -c\n", "a or b or c and d and e\n", "(a or b) or c\n", "await x ** 2\n", "x if y else z\n",
  "a if b else c if d else e\n", "lambda: 0\n", "lambda x, /, y=1, *a, z, w=2, **k: x\n", "lambda *, a: a\n",
  "lambda: lambda: x\n", "(x := 1)\n", "f(x := 1)\n", "[y := f(x), y**2]\n", "a if (b := c) else d\n",
  // primaries
  "a.b.c\n", "a[1]\n", "a[1:2]\n", "a[::2]\n", "a[:]\n", "a[1:2, ::3]\n", "a[1,]\n", "a[*b]\n", "a[*b, c]\n",
  "a[x:=1]\n", "f()\n", "f(a, *b, c=1, **d)\n", "f(x for x in y)\n", "f((x for x in y))\n", "f(a)(b)[c].d\n",
  "(a).b\n", "(a)(b)\n", "f(a,)\n", "f(*a, *b, **c, **d)\n", "f(a=1, *b)\n",
  // displays and comprehensions
  "()\n", "(1,)\n", "(1, 2,)\n", "[]\n", "[1, *a]\n", "{}\n", "{1: 2, **a, 3: 4}\n", "{**a}\n", "{1, *a}\n",
  "[x for x in y if a if b for z in w]\n", "{x for x in y}\n", "{k: v for k, v in d.items()}\n",
  "(x async for x in y)\n", "[await x async for x in y]\n", "[(a, b) for a, b in c]\n", "[x for x, in y]\n",
  // statements
  "x = 1\n", "x = y = z\n", "x, y = y, x\n", "[a, *b] = c\n", "a.b = c[d] = e\n", "x += 1\n", "x.y **= 2\n",
  "x: int\n", "x: int = 1\n", "(x): int = 1\n", "a.b: int\n", "a[0]: int = 1\n", "x = yield\n", "x = yield from y\n",
  "del a, b[0], c.d\n", "del (a, b), [c]\n", "del a,\n", "pass\n", "break\n", "continue\n", "return\n", "return 1, 2\n",
  "raise\n", "raise E\n", "raise E from e\n", "global a, b\n", "nonlocal a\n", "assert x\n", "assert x, 'm'\n",
  "import a\n", "import a.b.c as d, e\n", "from a import b\n", "from a.b import c as d, e\n", "from . import x\n",
  "from .. import x\n", "from ...a import (b, c,)\n", "from .... import x\n", "from a import *\n", "x = 1; y = 2;\n",
  "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x = 1;\nelse:\n    pass\n", "if a: x = 1; y = 2\n",
  "while a:\n    break\nelse:\n    pass\n", "for a, b in c:\n    continue\nelse:\n    pass\n", "for x in *a, *b:\n    pass\n",
  "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nfinally:\n    pass\n", "try:\n    pass\nexcept* E:\n    pass\nexcept* (F, G) as g:\n    pass\n",
  "with a:\n    pass\n", "with a as b, c as (d, e):\n    pass\n", "with (a as b, c):\n    pass\n",
  "with (a, b):\n    pass\n", "with (a, b) as c:\n    pass\n", "with (a):\n    pass\n", "with (yield):\n    pass\n",
  "with (a as b,):\n    pass\n",
  "def f():\n    pass\n", "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n", "def f(a, /, b):\n    pass\n",
  "def f(a=1, /, b=2, *, c):\n    pass\n", "def f(*args: int, **kw: str):\n    pass\n", "def f(a: int = 1, *, b: str = 'x'):\n    pass\n",
  "@d\n@e.f(1)\ndef g():\n    pass\n", "@d\nclass C:\n    pass\n", "@d\nasync def f():\n    pass\n",
  "class C:\n    pass\n", "class C():\n    pass\n", "class C(A, B, metaclass=M, **kw):\n    x: int = 1\n",
  "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d, e:\n        pass\n    return [i async for i in j]\n",
  "def g():\n    x = yield\n    yield x\n    yield from y\n    await z\n", "def f():\n    def g():\n        nonlocal x\n",
  "if x:\n    if y:\n        pass\n    # comment\n\nz = 1\n",
  // match statements
  "match x:\n    case 1:\n        pass\n    case -1:\n        pass\n    case 1 + 2j:\n        pass\n    case -1 - 2j:\n        pass\n",
  "match x:\n    case 'a' 'b':\n        pass\n    case b'x':\n        pass\n    case None | True | False:\n        pass\n",
  "match x:\n    case a.b:\n        pass\n    case a.b.c:\n        pass\n    case _:\n        pass\n    case y:\n        pass\n",
  "match x:\n    case [a, *rest]:\n        pass\n    case (a, b):\n        pass\n    case (a,):\n        pass\n    case ():\n        pass\n    case []:\n        pass\n",
  "match x:\n    case a, b:\n        pass\n    case a, *_:\n        pass\n    case (a):\n        pass\n",
  "match x:\n    case {'k': v, 1: w, a.b: c, **rest}:\n        pass\n    case {}:\n        pass\n    case {None: n}:\n        pass\n",
  "match x:\n    case Point(1, y=2):\n        pass\n    case a.B(x, y, z=[1, 2]):\n        pass\n    case C():\n        pass\n",
  "match x:\n    case [a] as b if b > 0:\n        pass\n    case (1 | 2) as c:\n        pass\n    case 1 | 2 | 3:\n        pass\n",
  "match x, y:\n    case 1, 2:\n        pass\n", "match *a, b:\n    case _:\n        pass\n", "match (x):\n    case _: pass\n",
  "match -x:\n    case _: pass\n", "match [x]:\n    case _: pass\n",
  // soft keywords used as names
  "match = 1\nmatch(x)\nmatch[x] = 2\nmatch.x = 3\nmatch: int = 4\ncase = 5\n_ = 6\nprint(match, case, _)\n",
  "match x:\n    case case:\n        pass\n", "match match:\n    case match:\n        pass\n",
  // layout
  "x = (1 +\n     2)\n", "x = [\n    1,\n    2,\n]\n", "if x:\n\tpass\n", "\n\n# only comments\n\n", "", "x = 1", "x = 1  # c",
  "def f():\n    '''doc'''\n    return 1\n", "x = 'é' + 'ü'\ny = 'é'; z = 1\n", "s = '中文' + x\n", "a = '😀'; b = c\n",
  // more statements and f-strings
  "print(*a, sep='')\n",
  "del (a), [b]\n",
  "a not in b not in c\n",
  "x = 0_0 + 1_0j + .5 + 5. + 1e-5 + 0o17 + 0b1 + 0XFF\n",
  "a[...]; a[..., 1]; a[1:2, ...]\n",
  "f = lambda: (yield)\n",
  "[y for x in z if (y := f(x))]\n",
  "assert (x, y)\n",
  "a[*b, 1:2]\n",
  "class A(**kw): pass\n",
  "def f():\n    \"\"\"doc\"\"\"\n",
  "if x: pass; pass\n",
  "h\u00e9llo = 1; \ufb01 = 2\n",
  "def f():\n    nonlocal a, b\n",
  "a[*b] = 1\n",
  "(a, *b) = c; [*a] = b\n",
  "with (a, b) as (c, d):\n    pass\n",
  "try:\n    pass\nexcept (A, B) as e:\n    pass\n",
  "x = f\"{a=!r:>10}\" f'{b=}' \"c\"\n",
  "x = f\"\"\"\n{a}\n  {b +\nc}\"\"\"\n",
  "x = f'{a}' \\\n    f'{b}'\n",
  "x = (\n  f'{a}'\n  'b'\n  f'{c:{d}}'\n)\n",
  "x = f\"{x:{y}.{z}f}\"\n",
  "x = f\"{'a' 'b'}\"\n",
  "x = f\"{a!r}\" if y else f\"{b!s:10}\"\n",
  "x = rf\"\\d{a}\\n\"\n",
  "x = fr'{a}\\{b}'\n",
  "x = f\"{{}}{a}{{\"\n",
  "x = f\"{3.14:.2f} {x=:>{w}}\"\n",
  "x = f\"{(lambda: 1)()}\"\n",
  "x = f\"{a:=5}\"\n",
  "x = f\"{(a:=5)}\"\n",
  "x = f\"{ a }\"\n",
  "x = f\"{a!r }\"\n",
  "x = f\"\"\"{\n    a\n}\"\"\"\n",
  "x = 'a' f'' 'b'\n",
  "x = f'' f''\n",
  "x = b'a' b'b' rb'\\n'\n",
  "def f[T](x): pass\n",
  "async def f():\n    async with a as b, c:\n        pass\n    await asyncio.sleep(1)\n    return [x async for x in y if await z]\n",
  "import a.b.c\nfrom a.b import (c as d,\n    e)\n",
  "@property\ndef x(self): return self._x\n",
  "@a.b[1](c)\nclass C: pass\n",
  "x: \"List[int]\" = []\n",
  "y: tuple[int, ...] = ()\n",
  "while (n := n - 1) > 0: pass\n",
  "print(f\"{n=}\", n ** -2, -n ** 2, not -n, ~n // 3)\n",
  "x = a if b else (c if d else e)\n",
  "x = [1,\n  2,   # comment\n  3]\n",
  "if a:\n    pass\nelif b:\n    pass\nelse:\n    if c:\n        pass\n",
  "for i in range(10):\n    if i % 2: continue\n    else: break\nelse:\n    print(\"done\")\n",
  "try:\n    x = 1\nexcept ValueError:\n    pass\nexcept (TypeError, KeyError) as e:\n    raise RuntimeError(\"x\") from e\nelse:\n    pass\nfinally:\n    cleanup()\n",
  "class Counter:\n    count: int = 0\n    def __init__(self, start=0, *, step=1):\n        self.count = start\n        self.step = step\n    async def run(self): ...\n",
  "match command.split():\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0):\n        print(\"Origin\")\n    case {\"x\": x, **rest} if x > 0:\n        pass\n    case [Point(x=0, y=0), *others]:\n        pass\n    case str() | bytes():\n        pass\n    case _:\n        pass\n",
  "x = [*range(3), *\"ab\"]\n",
  "d = {**a, 'b': 1, **c}\n",
  "s = {*a, *b}\n",
  "t = 1,\n",
  "x = ()\n",
  "print((yield))\n",
  "def f(): yield from g()\n",
  "x = lambda *args, **kw: (args, kw)\n",
  "x = lambda a, /, b: a\n",
  "x = not not a\n",
  "x = a[1:2:3][::-1]\n",
  "a.b.c = d[e] = f\n",
  "x += y; x -= y; x *= y; x /= y; x //= y; x %= y; x **= y; x >>= y; x <<= y; x &= y; x ^= y; x |= y; x @= y\n",
  "global x\n",
  "if True:\n    pass\n# trailing comment\n",
  "x = 1 \\\n    + 2\n",
  "x = [i for i in range(3)]; y = {k: v for k, v in z}; w = (a for a in b)\n",
  "print(\"a\", \"b\",\n      sep=\"\")\n",
];

describe("the grammar", () => {
  it("passes Chevrotain's own checks (no duplicate DSL indices, no ambiguous alternatives)", () => {
    expect(() => new PythonParser({ validate: true })).not.toThrow();
  });
});

describe("parseModule matches ast.parse", () => {
  const expected = pythonResults(CASES);
  it.each(CASES.map((src, i) => [JSON.stringify(src), i] as const))("%s", (_label, i) => {
    expect(pygilResult(CASES[i]!)).toEqual(expected[i]);
  });
});

describe("parseModule matches ast.parse on examples/", () => {
  const dir = join(ROOT, "examples");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .map((f) => join("examples", f))
    .sort();
  const expected = pythonFileResults(files);
  it.each(files)("%s", (file) => {
    expect(pygilResult(readFileSync(join(ROOT, file), "utf8"), file)).toEqual(expected[file]);
  });

  it("reports 09_empty_body.py as CPython does", () => {
    const result = pygilResult(readFileSync(join(ROOT, "examples/09_empty_body.py"), "utf8"));
    expect(result).toEqual({
      error: {
        kind: "IndentationError",
        msg: "expected an indented block after function definition on line 3",
        lineno: 6,
        offset: 1,
        end_lineno: 6,
        end_offset: 7,
      },
    });
  });
});

describe("nesting", () => {
  // CPython's tokenizer allows 199 open brackets; every kind must parse that deep.
  const deep = (open: string, close: string, mid = "1") => "x = " + open.repeat(199) + mid + close.repeat(199) + "\n";
  it.each([
    ["calls", deep("f(", ")")], ["keyword calls", deep("f(a=", ")")], ["parens", deep("(", ")")], ["lists", deep("[", "]")],
    ["dicts", deep("{1: ", "}")], ["subscripts", deep("a[", "]")], ["slices", deep("a[1:", "]")], ["tuples", deep("(1, ", ")")],
    ["yields", deep("(yield ", ")")], ["lambdas", deep("(lambda: ", ")")], ["awaits", deep("await (", ")")],
    ["comprehensions", deep("[x for x in ", "]")], ["generators", deep("f(x for x in ", ")")],
  ])("%s", (_name, src) => {
    expect(() => parseModule(src, "deep.py")).not.toThrow();
  });

  it("chains of prefix operators, **, lambda and if-else parse without recursion", () => {
    for (const chain of ["-", "not ", "2 ** ", "lambda: ", "a if b else "]) {
      expect(() => parseModule("x = " + chain.repeat(5000) + "1\n", "deep.py")).not.toThrow();
    }
  });

  it("reports absurd nesting as SourceTooComplexError (CPython: MemoryError), then parses on", () => {
    expect(() => parseModule("x = " + "lambda: 1 if x else ".repeat(20000) + "1\n", "deep.py")).toThrow(SourceTooComplexError);
    expect(parseModule("x = f'{1}'\n", "ok.py").body).toHaveLength(1);
  });
});
