// src/objects/format against CPython 3.11's own answers (test/fixtures/format-cases.json, written
// by scripts/gen-format-cases.py): format(), %-formatting, int()/float() of text, int<->float,
// float // % divmod round, float.hex/fromhex, as_integer_ratio, hash.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { reprBytes, reprFloat, reprStr } from "../src/objects/repr.js";
import {
  FormatError,
  PercentArgs,
  STAR,
  floatAsIntegerRatio,
  floatDivmod,
  floatFloorDiv,
  floatFromHex,
  floatHex,
  floatMod,
  floatToInt,
  formatFloat,
  formatInt,
  formatPercentSpec,
  formatRequiresMapping,
  formatStr,
  hashFloat,
  hashInt,
  incompleteFormatKey,
  intToDecimal,
  intToFloat,
  intToPrefixed,
  intTrueDivide,
  parseFloatText,
  parseIntLiteral,
  parsePercentFormat,
  resolveStars,
  roundFloat,
  roundFloatToInt,
  roundInt,
  starWantsInt,
} from "../src/objects/format/index.js";

type Err = { err: [string, string] };
type Expect<T> = T | Err;
type Arg = [kind: "i" | "f" | "s", value: string];

interface Cases {
  str: [bits: string, str: string][];
  format: [kind: "i" | "f" | "s", value: string, spec: string, expected: Expect<string>][];
  percent: [fmt: string, args: { t?: Arg[]; v?: Arg; m?: Record<string, Arg>; ms?: string }, expected: Expect<string>][];
  parseInt: [text: string, base: number, expected: Expect<string>][];
  parseFloat: [text: string, expected: Expect<string>][];
  parseBytes: [latin1: string, base: number | null, expected: Expect<string>][];
  intToFloat: [string, Expect<string>][];
  trueDiv: [string, string, Expect<string>][];
  floatToInt: [string, Expect<string>][];
  intStr: [value: string, str: Expect<string>, hex: string, oct: string, bin: string][];
  arith: [a: string, b: string, floordiv: Expect<string>, mod: Expect<string>, divmod: Expect<[string, string]>][];
  round: [x: string, ndigits: number | null, expected: Expect<string>][];
  roundInt: [v: string, ndigits: number, expected: string][];
  hex: [string, string][];
  fromhex: [string, Expect<string>][];
  ratio: [string, Expect<[string, string]>][];
  hashInt: [string, string][];
  hashFloat: [string, string][];
}

// FORMAT_CASES=path runs another fixture (e.g. a larger one made with another seed).
const casesPath = process.env.FORMAT_CASES ?? new URL("./fixtures/format-cases.json", import.meta.url);
const cases = JSON.parse(readFileSync(casesPath, "utf8")) as Cases;

const view = new DataView(new ArrayBuffer(8));
function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt("0x" + hex));
  return view.getFloat64(0);
}
function toBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}
/** An int as the runtime holds it: number when safe, else bigint. */
function int(text: string): number | bigint {
  const big = text.startsWith("-") ? -BigInt(text.slice(1)) : BigInt(text);
  return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
}
function intText(v: number | bigint): string {
  const big = BigInt(v);
  return big < -(10n ** 4000n) || big > 10n ** 4000n ? (big < 0n ? "-0x" + (-big).toString(16) : "0x" + big.toString(16)) : big.toString();
}

/** What fn gives, in the fixture's encoding; errors as {err: [type, message]}. */
function outcome<T>(fn: () => T, encode: (v: T) => unknown): unknown {
  try {
    return encode(fn());
  } catch (e) {
    if (e instanceof FormatError) return { err: [e.excType, e.message] };
    throw e;
  }
}

/** Same float bits, or both nan. */
function sameFloat(got: unknown, want: unknown): boolean {
  if (typeof got === "string" && typeof want === "string") {
    const g = fromBits(got);
    const w = fromBits(want);
    return got === want || (g !== g && w !== w);
  }
  return JSON.stringify(got) === JSON.stringify(want);
}

function check<Row>(rows: Row[], actual: (row: Row) => unknown, want: (row: Row) => unknown, same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)): string[] {
  const bad: string[] = [];
  for (const row of rows) {
    let got: unknown;
    try {
      got = actual(row);
    } catch (e) {
      got = `JS exception ${String(e)}`;
    }
    if (!same(got, want(row))) bad.push(`${JSON.stringify(row).slice(0, 300)} gave ${JSON.stringify(got)?.slice(0, 300)}`);
  }
  return bad.slice(0, 15);
}

const id = (s: string) => s;

describe("format()", () => {
  it(`str(float) == format(x, ""): ${cases.str.length} cases`, () => {
    expect(check(cases.str, ([x]) => formatFloat(fromBits(x), ""), (row) => row[1])).toEqual([]);
  });
  it(`${cases.format.length} cases of int, float and str with every spec element`, () => {
    expect(
      check(
        cases.format,
        ([kind, value, spec]) =>
          outcome(() => (kind === "i" ? formatInt(int(value), spec) : kind === "f" ? formatFloat(fromBits(value), spec) : formatStr(value, spec)), id),
        (row) => row[3],
      ),
    ).toEqual([]);
  });
});

/** Python's ascii() of a str: repr with non-ASCII escaped. */
function asciiOf(s: string): string {
  let out = "";
  for (const ch of reprStr(s)) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : cp <= 0xff ? "\\x" + cp.toString(16).padStart(2, "0") : cp <= 0xffff ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/** str % args the way docs in src/objects/format/percent.ts tell the runtime to drive it. */
function percent(fmt: string, args: { t?: Arg[]; v?: Arg; m?: Record<string, Arg>; ms?: string }): string {
  const isTuple = args.t !== undefined;
  const mapping = args.m;
  const cursor = new PercentArgs<Arg>(isTuple ? args.t! : (args.v ?? ["s", args.ms!]), isTuple);
  let out = "";
  const asInt = (a: Arg): number => {
    if (a[0] !== "i") throw starWantsInt();
    return Number(int(a[1]));
  };
  for (const p of parsePercentFormat(fmt)) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    if (p.key !== null || p.keyIncomplete) {
      if (mapping === undefined) throw formatRequiresMapping();
      if (p.keyIncomplete) throw incompleteFormatKey();
      const v = mapping[p.key!];
      if (v === undefined) throw new FormatError("KeyError" as never, reprStr(p.key!));
      cursor.useMappingValue(v);
    }
    let width = p.width;
    let precision = p.precision;
    if (width === STAR) width = asInt(cursor.next());
    if (precision === STAR) precision = asInt(cursor.next());
    if (p.error !== null) throw p.error;
    const [kind, text] = cursor.next();
    const conv = resolveStars(p, width, precision);
    const value = kind === "i" ? int(text) : kind === "f" ? fromBits(text) : text;
    if (p.type === "s" || p.type === "r" || p.type === "a") {
      const str = kind === "i" ? String(value) : kind === "f" ? reprFloat(value as number) : text;
      const rendered = kind === "s" && p.type === "r" ? reprStr(text) : kind === "s" && p.type === "a" ? asciiOf(text) : str;
      out += formatPercentSpec(conv, rendered);
    } else out += formatPercentSpec(conv, value, kind === "f");
  }
  cursor.finish(mapping !== undefined);
  return out;
}

describe("%-formatting", () => {
  it(`${cases.percent.length} format strings with flags, width, precision, '*', mapping keys and errors`, () => {
    expect(check(cases.percent, ([fmt, args]) => outcome(() => percent(fmt, args), id), (row) => row[2])).toEqual([]);
  });
});

describe("int() and float() of text", () => {
  it(`int(text, base): ${cases.parseInt.length} cases`, () => {
    expect(check(cases.parseInt, ([text, base]) => outcome(() => parseIntLiteral(text, base), intText), (row) => row[2])).toEqual([]);
  });
  it(`int(bytes, base), float(bytes): ${cases.parseBytes.length} cases`, () => {
    const bytesRepr = (t: string) => reprBytes(Uint8Array.from(t, (c) => c.charCodeAt(0)));
    expect(
      check(
        cases.parseBytes,
        ([t, base]) =>
          base === null
            ? outcome(() => parseFloatText(t, bytesRepr(t)), toBits)
            : outcome(() => parseIntLiteral(t, base, bytesRepr(t)), intText),
        (row) => row[2],
        (g, w) => (typeof w === "string" && /^[0-9a-f]{16}$/.test(w) ? sameFloat(g, w) : JSON.stringify(g) === JSON.stringify(w)),
      ),
    ).toEqual([]);
  });
  it(`float(text): ${cases.parseFloat.length} cases`, () => {
    expect(check(cases.parseFloat, ([text]) => outcome(() => parseFloatText(text), toBits), (row) => row[1], sameFloat)).toEqual([]);
  });
});

describe("int <-> float", () => {
  it(`float(int): ${cases.intToFloat.length} cases around every rounding tie`, () => {
    expect(check(cases.intToFloat, ([v]) => outcome(() => intToFloat(int(v)), toBits), (row) => row[1], sameFloat)).toEqual([]);
  });
  it(`int / int: ${cases.trueDiv.length} cases`, () => {
    expect(check(cases.trueDiv, ([a, b]) => outcome(() => intTrueDivide(int(a), int(b)), toBits), (row) => row[2], sameFloat)).toEqual([]);
  });
  it(`int(float): ${cases.floatToInt.length} cases`, () => {
    expect(check(cases.floatToInt, ([x]) => outcome(() => floatToInt(fromBits(x)), intText), (row) => row[1])).toEqual([]);
  });
  it(`str/hex/oct/bin of ints: ${cases.intStr.length} cases`, () => {
    expect(
      check(
        cases.intStr,
        ([v]) => [outcome(() => intToDecimal(int(v)), id), intToPrefixed(int(v), 16), intToPrefixed(int(v), 8), intToPrefixed(int(v), 2)],
        (row) => row.slice(1),
      ),
    ).toEqual([]);
  });
});

describe("float arithmetic", () => {
  it(`// % divmod: ${cases.arith.length} cases`, () => {
    const pair = (p: [number, number]) => [toBits(p[0]), toBits(p[1])];
    expect(
      check(
        cases.arith,
        ([a, b]) => [
          outcome(() => floatFloorDiv(fromBits(a), fromBits(b)), toBits),
          outcome(() => floatMod(fromBits(a), fromBits(b)), toBits),
          outcome(() => floatDivmod(fromBits(a), fromBits(b)), pair),
        ],
        (row) => row.slice(2),
        (got, want) => {
          const g = got as unknown[];
          const w = want as unknown[];
          const pairSame = (x: unknown, y: unknown) =>
            Array.isArray(x) && Array.isArray(y) ? sameFloat(x[0], y[0]) && sameFloat(x[1], y[1]) : sameFloat(x, y);
          return sameFloat(g[0], w[0]) && sameFloat(g[1], w[1]) && pairSame(g[2], w[2]);
        },
      ),
    ).toEqual([]);
  });
  it(`round(float[, n]): ${cases.round.length} cases`, () => {
    expect(
      check(
        cases.round,
        ([x, nd]) => (nd === null ? outcome(() => roundFloatToInt(fromBits(x)), intText) : outcome(() => roundFloat(fromBits(x), nd), toBits)),
        (row) => row[2],
        (g, w) => (typeof w === "string" && /^[0-9a-f]{16}$/.test(w) ? sameFloat(g, w) : JSON.stringify(g) === JSON.stringify(w)),
      ),
    ).toEqual([]);
  });
  it(`round(int, n): ${cases.roundInt.length} cases`, () => {
    expect(check(cases.roundInt, ([v, nd]) => intText(roundInt(int(v), nd)), (row) => row[2])).toEqual([]);
  });
});

describe("float.hex, fromhex, as_integer_ratio", () => {
  it(`hex: ${cases.hex.length} cases`, () => {
    expect(check(cases.hex, ([x]) => floatHex(fromBits(x)), (row) => row[1])).toEqual([]);
  });
  it(`fromhex: ${cases.fromhex.length} cases`, () => {
    expect(check(cases.fromhex, ([t]) => outcome(() => floatFromHex(t), toBits), (row) => row[1], sameFloat)).toEqual([]);
  });
  it(`as_integer_ratio: ${cases.ratio.length} cases`, () => {
    expect(
      check(cases.ratio, ([x]) => outcome(() => floatAsIntegerRatio(fromBits(x)), ([n, d]) => [intText(n), intText(d)]), (row) => row[1]),
    ).toEqual([]);
  });
});

describe("hash", () => {
  it(`hash(int): ${cases.hashInt.length} cases`, () => {
    expect(check(cases.hashInt, ([v]) => String(hashInt(int(v))), (row) => row[1])).toEqual([]);
  });
  it(`hash(float): ${cases.hashFloat.length} cases`, () => {
    expect(check(cases.hashFloat, ([x]) => String(hashFloat(fromBits(x))), (row) => row[1])).toEqual([]);
  });
});
