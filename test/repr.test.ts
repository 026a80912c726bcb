// repr() of floats, complexes, ints, strs and bytes against CPython 3.11's own output
// (test/repr-expected.json, made by scripts/gen-repr-expected.py).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { isPrintableCodePoint, reprBytes, reprComplex, reprFloat, reprInt, reprStr } from "../src/objects/repr.js";

interface Expected {
  float: [string, string][];
  complex: [string, string, string][];
  int: [string, string][];
  str: [string, string][];
  bytes: [string, string][];
  nonprintable: [number, number][];
}
const expected = JSON.parse(readFileSync(new URL("./repr-expected.json", import.meta.url), "utf8")) as Expected;

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function mismatches<T>(rows: T[], actual: (row: T) => string, want: (row: T) => string): string[] {
  const bad: string[] = [];
  for (const row of rows) {
    const got = actual(row);
    if (got !== want(row)) bad.push(`${JSON.stringify(row)} gave ${got}`);
  }
  return bad.slice(0, 20);
}

describe("repr", () => {
  it("float, as CPython's shortest round-trip repr", () => {
    expect(mismatches(expected.float, ([b]) => reprFloat(fromBits(b)), ([, r]) => r)).toEqual([]);
  });

  it("float edge cases by name", () => {
    expect([1e16, 1e-5, 0.1, Infinity, -Infinity, NaN, -0, 100].map(reprFloat)).toEqual([
      "1e+16", "1e-05", "0.1", "inf", "-inf", "nan", "-0.0", "100.0",
    ]);
  });

  it("complex", () => {
    expect(mismatches(expected.complex, ([r, i]) => reprComplex(fromBits(r), fromBits(i)), ([, , s]) => s)).toEqual([]);
  });

  it("int", () => {
    expect(mismatches(expected.int, ([v]) => reprInt(BigInt(v)), ([, r]) => r)).toEqual([]);
    expect(reprInt(-42)).toBe("-42");
  });

  it("str", () => {
    expect(mismatches(expected.str, ([s]) => reprStr(s), ([, r]) => r)).toEqual([]);
  });

  it("bytes", () => {
    expect(mismatches(expected.bytes, ([h]) => reprBytes(fromHex(h)), ([, r]) => r)).toEqual([]);
  });

  it("str.isprintable over every code point, as Unicode 14.0 has it", () => {
    const nonPrintable = new Uint8Array(0x110000);
    for (const [a, b] of expected.nonprintable) nonPrintable.fill(1, a, b + 1);
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000 && wrong.length < 20; cp++) {
      if (isPrintableCodePoint(cp) !== (nonPrintable[cp] === 0)) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
