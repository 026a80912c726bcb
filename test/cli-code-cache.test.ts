// The compiled-code cache the CLI keeps on disk (src/compiler/code-cache.ts): a code object read
// back runs exactly as the one compiled; other sources, filenames or builds never hit.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// the interpreter first: it sets up the runtime's modules in their order
import { Interpreter } from "../src/vm/interpreter.js";
import { CodeCache } from "../src/compiler/code-cache.js";

const SOURCE = `
import sys
consts = (1, -0.0, 1.5e300, float("inf") if False else 2.5, 10**40, 3j, b"\\x00b", None, ..., True, "s\\u00e9")
def f(a, /, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = [i * i for i in range(a)]
    def g():
        return x, b
    return g()
class C:
    """doc of C"""
    def m(self):
        try:
            raise ValueError("v")
        except ValueError as e:
            return repr(e)
        finally:
            pass
match consts:
    case (1, *rest):
        print("matched", len(rest))
print(consts, f(3, c=1), C().m(), f.__doc__, C.__doc__)
`;

async function run(cache: CodeCache | undefined, source = SOURCE, filename = "/virtual/prog.py") {
  let out = "";
  const interp = new Interpreter({ writeStdout: (s) => (out += s), writeStderr: (s) => (out += s), codeCache: cache });
  const status = await interp.runSource(source, filename);
  return { out, status };
}

describe("the compiled-code cache", () => {
  it("gives back code that runs as the freshly compiled code does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pygil-cc-"));
    const fresh = await run(undefined);
    const first = await run(new CodeCache(dir, "build1"));
    expect(readdirSync(join(dir, "code-build1"))).toHaveLength(1);
    const second = await run(new CodeCache(dir, "build1"));
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    expect(fresh.status).toBe(0);
  });

  it("misses on another source, filename or build, and drops older builds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pygil-cc-"));
    const interp = new Interpreter({});
    const cache = new CodeCache(dir, "b1");
    cache.store("x = 1\n", "/a.py", interp.compile("x = 1\n", "/a.py"));
    expect(cache.load("x = 1\n", "/a.py")).not.toBeNull();
    expect(cache.load("x = 2\n", "/a.py")).toBeNull();
    expect(cache.load("x = 1\n", "/b.py")).toBeNull();
    const other = new CodeCache(dir, "b2");
    expect(other.load("x = 1\n", "/a.py")).toBeNull();
    other.store("y = 1\n", "/a.py", interp.compile("y = 1\n", "/a.py"));
    expect(readdirSync(dir).sort()).toEqual(["code-b2"]);
  });

  it("writes nothing when told not to (-B)", () => {
    const dir = mkdtempSync(join(tmpdir(), "pygil-cc-"));
    const cache = new CodeCache(dir, "b", false);
    cache.store("x = 1\n", "/a.py", new Interpreter({}).compile("x = 1\n", "/a.py"));
    expect(readdirSync(dir)).toEqual([]);
  });
});
