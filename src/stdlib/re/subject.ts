// The string being matched, as the matchers see it (a JS string: str as is, bytes as latin-1)
// and the conversion between its UTF-16 indices and Python's indices (code points), which
// differ only when the str has characters outside the BMP.
import type { PyValue } from "../../objects/object.js";
import { strValue, hasSurrogates } from "../../objects/str.js";
import { bytesLike, latin1 } from "../../objects/bytes-methods.js";
import { typeName } from "../../objects/typeof.js";
import { pyTypeError } from "../../objects/exceptions.js";

export class Subject {
  /** code point index -> UTF-16 index, and back (null while not needed or not built) */
  private cpToU16: Int32Array | null = null;
  private u16ToCp: Int32Array | null = null;
  /** length in Python indices */
  readonly length: number;

  constructor(
    /** the object given (Match.string) */
    readonly value: PyValue,
    readonly text: string,
    readonly isBytes: boolean,
    /** true when UTF-16 indices differ from code point indices */
    readonly wide: boolean,
    /** true when every character is ASCII */
    readonly ascii: boolean,
  ) {
    if (wide) this.buildMaps();
    this.length = wide ? this.cpToU16!.length - 1 : text.length;
  }

  private buildMaps(): void {
    const s = this.text;
    const cp: number[] = [];
    const u = new Int32Array(s.length + 1);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      cp.push(i);
      u[i] = n;
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          u[i + 1] = n;
          i++;
        }
      }
      n++;
    }
    cp.push(s.length);
    u[s.length] = n;
    this.cpToU16 = Int32Array.from(cp);
    this.u16ToCp = u;
  }

  toU16(i: number): number {
    return this.wide ? this.cpToU16![i] : i;
  }
  toCp(i: number): number {
    return this.wide ? this.u16ToCp![i] : i;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

let lastStr: string | null = null;
let lastSubject: Subject | null = null;

/** The Subject for a str/bytes-like argument; `patternIsBytes` checks the kinds agree. */
export function subjectOf(v: PyValue, patternIsBytes: boolean): Subject {
  const s = strValue(v);
  if (s !== undefined) {
    if (patternIsBytes) throw pyTypeError("cannot use a bytes pattern on a string-like object");
    // repeated calls on one text (a tokenizer's p.match(text, pos) loop) reuse its scan and maps
    if (s === lastStr && lastSubject !== null && lastSubject.value === v) return lastSubject;
    const ascii = !NON_ASCII.test(s);
    const subj = new Subject(v, s, false, !ascii && hasSurrogates(s), ascii);
    if (s.length > 32) {
      lastStr = s;
      lastSubject = subj;
    }
    return subj;
  }
  const b = bytesLike(v);
  if (b === undefined) throw pyTypeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  if (!patternIsBytes) throw pyTypeError("cannot use a string pattern on a bytes-like object");
  return new Subject(v, latin1(b), true, false, false);
}
