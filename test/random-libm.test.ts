// The random engine's math functions: correctly rounded results (reference: mpmath, in
// test/fixtures/random-libm.json from scripts/gen-random-cases.py), Python's special cases
// and errors for math.log/exp/cos/sin/acos, float ** and float %, and hash() of floats.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crAcos, crCos, crExp, crLog, crSin, hashFloat, pyAcos, pyCos, pyExp, pyLog, pyPow, pySin } from "../src/stdlib/random/index.js";
import { pyMod } from "../src/stdlib/random/libm.js";
import { RandomError } from "../src/stdlib/random/errors.js";

type Row = string[];
type Outcome = { r: string } | { err: [string, string] };

const fixture = JSON.parse(readFileSync(new URL("./fixtures/random-libm.json", import.meta.url), "utf8")) as {
  [name: string]: Row[];
} & {
  special: Record<string, (string | Outcome)[][]>;
  hash: [string, string][];
};

function num(repr: string): number {
  if (repr === "inf") return Infinity;
  if (repr === "-inf") return -Infinity;
  if (repr === "nan") return NaN;
  return Number(repr);
}

const correctlyRounded: Record<string, (...a: number[]) => number> = {
  log: crLog,
  exp: crExp,
  cos: crCos,
  sin: crSin,
  acos: crAcos,
  pow: pyPow,
};

describe("correctly rounded libm", () => {
  for (const [name, fn] of Object.entries(correctlyRounded)) {
    it(`${name}: every value correctly rounded`, () => {
      const rows = fixture[name]!;
      const arity = name === "pow" ? 2 : 1;
      const wrong: string[] = [];
      for (const row of rows) {
        const args = row.slice(0, arity).map(num);
        const got = fn(...args);
        if (!Object.is(got, num(row[arity]!))) wrong.push(`${name}(${args.join(", ")}) = ${got}, not ${row[arity]}`);
      }
      expect(wrong.slice(0, 10)).toEqual([]);
      expect(rows.length).toBe(3000);
    });
  }
});

const pythonSemantics: Record<string, (...a: number[]) => number> = {
  log: pyLog,
  exp: pyExp,
  cos: pyCos,
  sin: pySin,
  acos: pyAcos,
  pow: pyPow,
  mod: pyMod,
};

describe("Python semantics of the math functions", () => {
  for (const [name, rows] of Object.entries(fixture.special)) {
    it(`${name}: special values and errors as CPython`, () => {
      const fn = pythonSemantics[name]!;
      for (const row of rows) {
        const args = (row.slice(0, -1) as string[]).map(num);
        const expected = row[row.length - 1] as Outcome;
        let got: { v: number } | { err: [string, string] };
        try {
          got = { v: fn(...args) };
        } catch (e) {
          if (!(e instanceof RandomError)) throw e;
          got = { err: [e.pyType, e.message] };
        }
        if ("err" in expected) {
          expect(got, `${name}(${args.join(", ")})`).toEqual(expected);
        } else {
          expect("v" in got, `${name}(${args.join(", ")}) raised ${JSON.stringify(got)}`).toBe(true);
          const v = (got as { v: number }).v;
          expect(Object.is(v, num(expected.r)), `${name}(${args.join(", ")}) = ${Object.is(v, -0) ? "-0" : v}`).toBe(true);
        }
      }
    });
  }
});

describe("hash(float)", () => {
  it("matches CPython for every fixture value", () => {
    for (const [repr, h] of fixture.hash) expect(hashFloat(num(repr)), repr).toBe(BigInt(h));
  });
});
