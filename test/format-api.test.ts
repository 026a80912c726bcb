// The shapes the runtime relies on in src/objects/format (the behaviour itself is compared with
// CPython in format.test.ts): parsed specs, %-format pieces, errors, the digits limit, hashNan.
import { afterEach, describe, expect, it } from "vitest";
import {
  FormatError,
  PF_ALT,
  PF_MINUS,
  PF_ZERO,
  STAR,
  formatInt,
  formatPercentSpec,
  getIntMaxStrDigits,
  hashNan,
  intToDecimal,
  intToString,
  parseFormatSpec,
  parseIntLiteral,
  parsePercentFormat,
  resolveStars,
  setIntMaxStrDigits,
} from "../src/objects/format/index.js";

function thrown(fn: () => unknown): FormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("parseFormatSpec", () => {
  it("resolves fill, alignment and the '0' flag per kind", () => {
    expect(parseFormatSpec("😀^+z#012_.3f", "float")).toEqual({
      fill: "😀",
      align: "^",
      sign: "+",
      noNegZero: true,
      alternate: true,
      width: 12,
      grouping: "_",
      precision: 3,
      type: "f",
    });
    expect(parseFormatSpec("010", "int")).toMatchObject({ fill: "0", align: "=", width: 10, type: "d" });
    expect(parseFormatSpec("010", "str")).toMatchObject({ fill: "0", align: "<", width: 10, type: "s" });
    expect(parseFormatSpec("", "float")).toMatchObject({ fill: " ", align: ">", width: -1, precision: -1, type: "" });
  });
  it("names the object's type in messages", () => {
    const e = thrown(() => formatInt(1, "xx", "bool"));
    expect([e.excType, e.message]).toEqual(["ValueError", "Invalid format specifier 'xx' for object of type 'bool'"]);
  });
});

describe("parsePercentFormat", () => {
  it("splits literals and conversions, '%%' being literal", () => {
    const pieces = parsePercentFormat("a%%b%(k)-#*.*xé%5.2f");
    expect(pieces[0]).toBe("a%b");
    expect(pieces[1]).toMatchObject({ key: "k", flags: PF_MINUS | PF_ALT, width: STAR, precision: STAR, type: "x", index: 13, error: null });
    expect(pieces[2]).toBe("é");
    expect(pieces[3]).toMatchObject({ key: null, flags: 0, width: 5, precision: 2, type: "f", index: 19 });
  });
  it("ends with the error of an unfinished conversion instead of throwing", () => {
    const last = parsePercentFormat("%d %0*").at(-1);
    expect(last).toMatchObject({ flags: PF_ZERO, width: STAR, type: "" });
    expect((last as { error: FormatError }).error.message).toBe("incomplete format");
    expect(parsePercentFormat("%(a").at(-1)).toMatchObject({ keyIncomplete: true });
  });
  it("resolves '*' values as CPython: negative width left-justifies, negative precision is 0", () => {
    const spec = parsePercentFormat("%*.*f")[0] as Parameters<typeof resolveStars>[0];
    const conv = resolveStars(spec, -8, -3);
    expect(conv).toMatchObject({ flags: PF_MINUS, width: 8, precision: 0 });
    expect(formatPercentSpec(conv, 2.5, true)).toBe("2       ");
  });
});

describe("int max str digits", () => {
  afterEach(() => setIntMaxStrDigits(4300));
  it("follows sys.set_int_max_str_digits", () => {
    expect(getIntMaxStrDigits()).toBe(4300);
    setIntMaxStrDigits(1000);
    expect(thrown(() => intToDecimal(10n ** 1000n)).message).toBe(
      "Exceeds the limit (1000 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(intToDecimal(10n ** 1000n - 1n).length).toBe(1000);
    expect(thrown(() => parseIntLiteral("1".repeat(1001))).message).toBe(
      "Exceeds the limit (1000 digits) for integer string conversion: value has 1001 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(intToString(10n ** 1000n, 16)).toBe((10n ** 1000n).toString(16));
    setIntMaxStrDigits(0);
    expect(intToDecimal(10n ** 5000n).length).toBe(5001);
    expect(thrown(() => setIntMaxStrDigits(100)).message).toBe("maxdigits must be 0 or larger than 640");
  });
});

describe("hashNan", () => {
  it("rotates the identity right by 4 bits as a 64-bit word", () => {
    expect(hashNan(0x1230)).toBe(0x123);
    expect(hashNan(0x1)).toBe(BigInt.asIntN(64, 1n << 60n));
    expect(hashNan(0xfn)).toBe(-1152921504606846976n);
  });
});
