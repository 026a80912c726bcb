// How the REPL cuts typed lines into statements (src/cli/interactive-source.ts): when it runs,
// when it asks for more with "... ", when it reports a syntax error at once.
import { describe, expect, it } from "vitest";
import { parseModule } from "../src/parser/index.js";
import { StatementReader, type Step } from "../src/cli/interactive-source.js";

/** Feeds lines; returns, per line, "more", "idle" (nothing pending), "run:<source>" or "error:<msg>". */
function feed(lines: string[]): string[] {
  const r = new StatementReader((src) => parseModule(src, "<stdin>"));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const steps: Step[] = r.push(line, lines[i + 1]);
    const parts = steps.map((s) => (s.kind === "run" ? `run:${s.source}` : `error:${s.error.msg}`));
    out.push(parts.length ? parts.join(" | ") : r.pending ? "more" : "idle");
  });
  return out;
}

describe("the REPL's statements", () => {
  it("runs a simple statement at once", () => {
    expect(feed(["x = 1"])).toEqual(["run:x = 1\n"]);
    expect(feed(["print(1); y = 2"])).toEqual(["run:print(1); y = 2\n"]);
  });

  it("ignores blank and comment-only lines at the primary prompt", () => {
    expect(feed(["", "   ", "# a comment"])).toEqual(["idle", "idle", "idle"]);
  });

  it("waits for brackets, strings and backslashes to close", () => {
    expect(feed(["x = (1,", "", "2)"])).toEqual(["more", "more", "run:x = (1,\n\n2)\n"]);
    expect(feed(['s = """a', 'b"""'])).toEqual(["more", 's = """a\nb"""\n'].map((v, i) => (i ? `run:${v}` : v)));
    expect(feed(["x = 1 + \\", "2"])).toEqual(["more", "run:x = 1 + \\\n2\n"]);
  });

  it("ends a compound statement with a blank line", () => {
    expect(feed(["def f():", "    return 1", ""])).toEqual(["more", "more", "run:def f():\n    return 1\n\n"]);
    expect(feed(["if True: print(1)", ""])).toEqual(["more", "run:if True: print(1)\n\n"]);
    expect(feed(["try:", "    pass", "finally:", "    pass", ""]).at(-1)).toBe("run:try:\n    pass\nfinally:\n    pass\n\n");
    expect(feed(["@staticmethod", "def f(): pass", ""]).at(-1)).toBe("run:@staticmethod\ndef f(): pass\n\n");
  });

  it("reports a syntax error as soon as the line has it", () => {
    expect(feed(["1 +"])).toEqual(["error:invalid syntax"]);
    expect(feed(["def f():", "    return )"])).toEqual(["more", "error:unmatched ')'"]);
    expect(feed(["for x in y:", ""])).toEqual(["more", "error:expected an indented block after 'for' statement on line 1"]);
  });

  it("runs a block when pasted code goes on at column 0 without a blank line", () => {
    expect(feed(["def f():", "    return 3", "print(f())"])).toEqual([
      "more",
      "more",
      "run:def f():\n    return 3\n | run:print(f())\n",
    ]);
    // else/elif/except/finally continue the statement
    expect(feed(["if x:", "    a", "else:", "    b", ""]).at(-1)).toBe("run:if x:\n    a\nelse:\n    b\n\n");
  });

  it("keeps a blank line inside a block when pasted text goes on indented", () => {
    const lines = ["class A:", "    def f(self): pass", "", "    def g(self): pass", "", "A()"];
    expect(feed(lines)).toEqual(["more", "more", "more", "more", "run:class A:\n    def f(self): pass\n\n    def g(self): pass\n\n", "run:A()\n"]);
  });
});
