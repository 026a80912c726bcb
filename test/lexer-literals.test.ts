// Number and string literal values against CPython 3.11, as recorded by
// scripts/gen-lexer-expected.py (test/lexer-cases/numbers*.json, strings*.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeNumber } from "../src/lexer/numbers.js";
import { decodeString, StringLiteralError } from "../src/lexer/strings.js";
import { lookupUnicodeName } from "../src/lexer/unicode-names.js";

const CASES = join(__dirname, "lexer-cases");
const load = (name: string) => JSON.parse(readFileSync(join(CASES, name), "utf8"));

/** A float as python3's repr wrote it (repr round-trips, so Number() gives the same double). */
function pyFloat(text: string): number {
  return text === "inf" ? Infinity : text === "-inf" ? -Infinity : text === "nan" ? NaN : Number(text);
}

describe("decodeNumber matches python3", () => {
  const expected: Record<string, { kind: string; value?: string; real?: string; imag?: string }> = load("numbers.expected.json");
  for (const [literal, want] of Object.entries(expected)) {
    it(literal, () => {
      const got = decodeNumber(literal);
      if (got.kind === "int") expect({ kind: "int", value: got.value.toString() }).toEqual(want);
      else if (got.kind === "float") expect({ kind: "float", value: got.value }).toEqual({ kind: want.kind, value: pyFloat(want.value!) });
      else if (got.kind === "complex") {
        expect({ kind: "complex", real: got.real, imag: got.imag })
          .toEqual({ kind: want.kind, real: pyFloat(want.real!), imag: pyFloat(want.imag!) });
      }
      else throw new Error(`unexpected ${got.kind}`);
    });
  }
});

describe("decodeString matches python3", () => {
  const expected: Record<string, { kind?: string; value?: number[]; error?: string }> = load("strings.expected.json");
  for (const [literal, want] of Object.entries(expected)) {
    it(literal, () => {
      if (want.error !== undefined) {
        let err: unknown = null;
        try {
          decodeString(literal);
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(StringLiteralError);
        expect((err as StringLiteralError).msg).toBe(want.error);
        return;
      }
      const got = decodeString(literal);
      if (got.kind === "bytes") expect({ kind: "bytes", value: [...got.value] }).toEqual(want);
      else expect({ kind: "str", value: [...got.value].map((c) => c.codePointAt(0)) }).toEqual(want);
    });
  }
});

describe("\\N{...} names", () => {
  it("accepts names, aliases and computed names as CPython does", () => {
    expect(lookupUnicodeName("LATIN SMALL LETTER A")).toBe(0x61);
    expect(lookupUnicodeName("latin small letter a")).toBe(0x61);
    expect(lookupUnicodeName("LF")).toBe(10);
    expect(lookupUnicodeName("BYTE ORDER MARK")).toBe(0xfeff);
    expect(lookupUnicodeName("HANGUL SYLLABLE GAG")).toBe(0xac01);
    expect(lookupUnicodeName("HANGUL SYLLABLE A")).toBe(0xc544);
    expect(lookupUnicodeName("hangul syllable gag")).toBeUndefined();
    expect(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-04E00")).toBe(0x4e00);
    expect(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4e00")).toBeUndefined();
    expect(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-31350")).toBeUndefined();
    expect(lookupUnicodeName("TANGUT IDEOGRAPH-17000")).toBeUndefined();
    expect(lookupUnicodeName("LATIN SMALL LETTER A ")).toBeUndefined();
  });
});
