// Constants and lookup tables for the correctly rounded math functions, computed once (on
// first use) with BigInt fixed-point series to 2^-160, then split into doubles. Nothing is
// typed in by hand, so nothing can be mistyped.

const P = 160n; // fixed-point fraction bits
const ONE = 1n << P;
const TWO_POW_P = 2 ** 160;

function fxMul(a: bigint, b: bigint): bigint {
  return (a * b) / ONE; // truncates toward zero, so series of negative terms reach 0
}

/** exp(x) for a fixed-point x with |x| <= 1, by its Taylor series. */
function fxExp(x: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = fxMul(term, x) / n;
    sum += term;
  }
  return sum;
}

/** atanh(s) = s + s^3/3 + s^5/5 + ... for a fixed-point |s| < 1/2. */
function fxAtanh(s: bigint): bigint {
  const s2 = fxMul(s, s);
  let sum = 0n;
  let power = s;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = fxMul(power, s2);
  }
  return sum;
}

/** log(c) for a fixed-point c in [0.5, 2], as 2 atanh((c-1)/(c+1)). */
function fxLog(c: bigint): bigint {
  return 2n * fxAtanh(((c - ONE) << P) / (c + ONE));
}

/** atan(1/n) for an integer n > 1, by its series in 1/n. */
function fxAtanInverse(n: bigint): bigint {
  const n2 = n * n;
  let sum = 0n;
  let power = ONE / n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += (k & 2n ? -power : power) / k;
    power /= n2;
  }
  return sum;
}

/** sin(x) and cos(x) for a fixed-point |x| <= 1, by their Taylor series. */
function fxSinCos(x: bigint): [bigint, bigint] {
  const x2 = fxMul(x, x);
  let sin = 0n;
  let cos = 0n;
  let term = ONE; // x^n / n!, n even then odd
  for (let n = 0n; term !== 0n; n += 2n) {
    cos += n & 2n ? -term : term;
    const odd = fxMul(term, x) / (n + 1n);
    sin += n & 2n ? -odd : odd;
    term = fxMul(term, x2) / ((n + 1n) * (n + 2n));
  }
  return [sin, cos];
}

/** Splits a fixed-point value into `count` doubles; all but the last hold at most `bits` bits. */
function fxToParts(x: bigint, count: number, bits: number): number[] {
  const parts: number[] = [];
  let rest = x;
  for (let i = 0; i < count; i++) {
    let part = Number(rest) / TWO_POW_P;
    if (i < count - 1 && part !== 0) {
      // keep only the top `bits` bits of the part, so that products by small ints are exact
      const exponent = Math.floor(Math.log2(Math.abs(part)));
      const scale = 2 ** (bits - 1 - exponent);
      part = Math.trunc(part * scale) / scale;
    }
    parts.push(part);
    rest -= BigInt(part * TWO_POW_P);
  }
  return parts;
}

/** Double-double [hi, lo] nearest a fixed-point value. */
function fxToDD(x: bigint): [number, number] {
  const [hi, lo] = fxToParts(x, 2, 53);
  return [hi!, lo!];
}

export interface LibmTables {
  /** ln 2 / 64 in four parts: the first three have 32 bits (n * part is exact for |n| < 2^21). */
  ln2Over64: number[];
  /** ln 2 in three parts: the first has 40 bits (e * part exact for |e| < 2^13). */
  ln2: number[];
  /** pi/2 in four parts: the first three have 33 bits. */
  piOver2: number[];
  /** pi and pi/2 as double-doubles. */
  piDD: [number, number];
  piOver2DD: [number, number];
  /** expTable[2j], expTable[2j+1]: 2^(j/64) as a double-double, j = 0..63. */
  expTable: Float64Array;
  /** logTable[2(j-48)], [..+1]: log(j/64) as a double-double, j = 48..96. */
  logTable: Float64Array;
  /** sinTable/cosTable[2j], [2j+1]: sin(j/64), cos(j/64) as double-doubles, j = 0..51. */
  sinTable: Float64Array;
  cosTable: Float64Array;
  /** 1/n! as double-doubles: invFactorial[2n], [2n+1], n = 0..20. */
  invFactorial: Float64Array;
  /** 1/n as double-doubles: invInteger[2n], [2n+1], n = 1..21. */
  invInteger: Float64Array;
}

let tables: LibmTables | null = null;

export function libmTables(): LibmTables {
  return (tables ??= buildTables());
}

function buildTables(): LibmTables {
  const ln2 = fxLog(2n * ONE);
  const pi = 16n * fxAtanInverse(5n) - 4n * fxAtanInverse(239n);
  const expTable = new Float64Array(128);
  for (let j = 0; j < 64; j++) {
    const [h, l] = fxToDD(fxExp((ln2 * BigInt(j)) / 64n));
    expTable[2 * j] = h;
    expTable[2 * j + 1] = l;
  }
  const logTable = new Float64Array(2 * 49);
  for (let j = 48; j <= 96; j++) {
    const [h, l] = fxToDD(fxLog((ONE * BigInt(j)) / 64n));
    logTable[2 * (j - 48)] = h;
    logTable[2 * (j - 48) + 1] = l;
  }
  const sinTable = new Float64Array(2 * 52);
  const cosTable = new Float64Array(2 * 52);
  for (let j = 0; j < 52; j++) {
    const [s, c] = fxSinCos((ONE * BigInt(j)) / 64n);
    const [sh, sl] = fxToDD(s);
    const [ch, cl] = fxToDD(c);
    sinTable[2 * j] = sh;
    sinTable[2 * j + 1] = sl;
    cosTable[2 * j] = ch;
    cosTable[2 * j + 1] = cl;
  }
  const invFactorial = new Float64Array(2 * 21);
  let factorial = 1n;
  for (let n = 0; n <= 20; n++) {
    if (n > 0) factorial *= BigInt(n);
    const [h, l] = fxToDD(ONE / factorial);
    invFactorial[2 * n] = h;
    invFactorial[2 * n + 1] = l;
  }
  const invInteger = new Float64Array(2 * 22);
  for (let n = 1; n <= 21; n++) {
    const [h, l] = fxToDD(ONE / BigInt(n));
    invInteger[2 * n] = h;
    invInteger[2 * n + 1] = l;
  }
  return {
    ln2Over64: fxToParts(ln2 / 64n, 4, 32),
    ln2: fxToParts(ln2, 3, 40),
    piOver2: fxToParts(pi / 2n, 4, 33),
    piDD: fxToDD(pi),
    piOver2DD: fxToDD(pi / 2n),
    expTable,
    logTable,
    sinTable,
    cosTable,
    invFactorial,
    invInteger,
  };
}
