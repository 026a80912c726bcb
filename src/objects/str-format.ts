// str.format / format_map and the % operator for str.
import type { PyValue } from "./object.js";
import { PyTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PyFloat } from "./float.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { None } from "./singletons.js";
import { typeOf } from "./typeof.js";
import { getAttrGen } from "./attr.js";
import { getItemGen } from "./ops.js";
import { reprGen, strGen, formatGen } from "./stringify.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { Exc, newException, pyIndexError, pyKeyError, pyTypeError, pyValueError, withFormatErrors } from "./exceptions.js";
import {
  parsePercentFormat, formatPercentSpec, resolveStars, PercentArgs, percentTypeError, STAR, starWantsInt,
  formatRequiresMapping, incompleteFormatKey, type PercentSpec, type PercentPiece,
} from "./format/index.js";
import { asciiOf } from "./ascii.js";

interface FieldState {
  auto: number;
  /** -1: not decided; 0: manual numbering; 1: automatic. */
  mode: number;
}

/** str.format(*args, **kwargs). */
export function* strFormatGen(fmt: string, args: PyValue[], kwargs: Map<string, PyValue> | PyDict | null, depth = 2): NativeGen<string> {
  if (depth < 0) throw pyValueError("Max string recursion exceeded");
  const st: FieldState = { auto: 0, mode: -1 };
  return yield* formatString(fmt, args, kwargs, depth, st);
}

function* formatString(fmt: string, args: PyValue[], kwargs: Map<string, PyValue> | PyDict | null, depth: number, st: FieldState): NativeGen<string> {
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      if (i + 1 >= n) throw pyValueError("Single '{' encountered in format string");
      const field = scanField(fmt, i + 1);
      out += yield* formatField(field, args, kwargs, depth, st);
      i = field.end;
      continue;
    }
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw pyValueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

/** One replacement field: {name!conv:spec}; `end` is the index after its closing brace. */
interface ReplacementField {
  name: string;
  conv: string | null;
  spec: string;
  end: number;
}

/**
 * Reads the field that starts at fmt[start] (just after its "{"), with str.format's errors: the
 * name runs to "!", ":" or "}" ("[...]" parts taken whole), then one conversion character, then
 * a spec in which braces nest.
 */
function scanField(fmt: string, start: number): ReplacementField {
  const n = fmt.length;
  let i = start;
  while (i < n && fmt[i] !== "!" && fmt[i] !== ":" && fmt[i] !== "}") {
    if (fmt[i] === "{") throw pyValueError("unexpected '{' in field name");
    if (fmt[i] === "[") {
      while (i < n && fmt[i] !== "]") i++;
      if (i >= n) break;
    }
    i++;
  }
  if (i >= n) throw pyValueError("expected '}' before end of string");
  const name = fmt.slice(start, i);
  let conv: string | null = null;
  if (fmt[i] === "!") {
    if (i + 1 >= n) throw pyValueError("end of string while looking for conversion specifier");
    conv = fmt[i + 1];
    i += 2;
    if (i >= n) throw pyValueError("unmatched '{' in format spec");
    if (fmt[i] !== ":" && fmt[i] !== "}") throw pyValueError("expected ':' after conversion specifier");
  }
  if (fmt[i] === "}") return { name, conv, spec: "", end: i + 1 };
  const specStart = i + 1;
  let level = 1;
  for (i = specStart; i < n; i++) {
    if (fmt[i] === "{") level++;
    else if (fmt[i] === "}" && --level === 0) return { name, conv, spec: fmt.slice(specStart, i), end: i + 1 };
  }
  throw pyValueError("unmatched '{' in format spec");
}

function* formatField(field: ReplacementField, args: PyValue[], kwargs: Map<string, PyValue> | PyDict | null, depth: number, st: FieldState): NativeGen<string> {
  const { name, conv } = field;
  let spec = field.spec;
  let value = yield* resolveField(name, args, kwargs, st);
  if (conv !== null) {
    if (conv === "r") value = yield* reprGen(value);
    else if (conv === "s") value = yield* strGen(value);
    else if (conv === "a") value = asciiOf(yield* reprGen(value));
    else throw pyValueError(`Unknown conversion specifier ${conv}`);
  }
  if (spec.includes("{")) spec = yield* formatString(spec, args, kwargs, depth - 1, st);
  return yield* formatGen(value, spec);
}

function* resolveField(name: string, args: PyValue[], kwargs: Map<string, PyValue> | PyDict | null, st: FieldState): NativeGen {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let value: PyValue;
  if (first === "") {
    if (st.mode === 0) throw pyValueError("cannot switch from manual field specification to automatic field numbering");
    st.mode = 1;
    const idx = st.auto++;
    if (idx >= args.length) throw pyIndexError(`Replacement index ${idx} out of range for positional args tuple`);
    value = args[idx];
  } else if (/^\d+$/.test(first)) {
    if (st.mode === 1) throw pyValueError("cannot switch from automatic field numbering to manual field specification");
    st.mode = 0;
    const idx = Number(first);
    if (idx >= args.length) throw pyIndexError(`Replacement index ${idx} out of range for positional args tuple`);
    value = args[idx];
  } else {
    const v = kwargs instanceof PyDict ? kwargs.get(first) : kwargs?.get(first);
    if (v === undefined) {
      if (kwargs instanceof PyDict && kwargs.type !== undefined && kwargs.type.lookup("__missing__")) {
        value = yield* getItemGen(kwargs, first);
      } else throw pyKeyError(first);
    } else value = v;
  }
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      const attr = name.slice(i + 1, j);
      if (attr === "") throw pyValueError("Empty attribute in format string");
      value = yield* getAttrGen(value, attr);
      i = j;
    } else if (name[i] === "[") {
      const j = name.indexOf("]", i);
      if (j < 0) throw pyValueError("Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === "") throw pyValueError("Empty attribute in format string");
      value = yield* getItemGen(value, /^\d+$/.test(key) ? Number(key) : key);
      i = j + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[") throw pyValueError("Only '.' or '[' may follow ']' in format field specifier");
    } else break;
  }
  return value;
}

/** str % args */
/** Parsed %-formats by format string (pieces are never changed after parsing); bounded. */
const percentCache = new Map<string, PercentPiece[]>();

function parsedPercent(fmt: string): PercentPiece[] {
  let pieces = percentCache.get(fmt);
  if (pieces === undefined) {
    pieces = parsePercentFormat(fmt);
    if (percentCache.size >= 256) percentCache.clear();
    percentCache.set(fmt, pieces);
  }
  return pieces;
}

export function* percentFormatGen(fmt: string, arg: PyValue): NativeGen<string> {
  const pieces = parsedPercent(fmt);
  const isTuple = arg instanceof PyTuple; // tuple subclasses too (namedtuples)
  const isMapping = !isTuple && typeof arg === "object" && !(arg instanceof PyTuple) && typeOf(arg).lookup("__getitem__") !== undefined && strValue(arg) === undefined;
  const pargs = new PercentArgs<PyValue>(isTuple ? (arg as PyTuple).items : arg, isTuple);
  let out = "";
  let usedMapping = false;
  for (const p of pieces) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    const spec = p as PercentSpec;
    if (spec.keyIncomplete) throw withFmt(incompleteFormatKey());
    if (spec.key !== null) {
      if (!isMapping) throw withFmt(formatRequiresMapping());
      usedMapping = true;
      pargs.useMappingValue(yield* getItemGen(arg, spec.key));
    }
    let width = spec.width, precision = spec.precision;
    if (width === STAR) width = starInt(withFmtCall(() => pargs.next()));
    if (precision === STAR) precision = starInt(withFmtCall(() => pargs.next()));
    if (spec.error) throw withFmt(spec.error);
    const plain = width === spec.width && precision === spec.precision;
    const conv = plain ? spec : resolveStars(spec, width, precision);
    const v = withFmtCall(() => pargs.next());
    if (plain && width <= 0 && precision < 0 && spec.flags === 0) {
      // %s of a str, %s/%d/%i of an int: nothing to pad, sign or convert through Python
      const t = spec.type;
      if (typeof v === "string" && t === "s") {
        out += v;
        continue;
      }
      if (typeof v === "number" && (t === "s" || t === "d" || t === "i")) {
        out += String(v);
        continue;
      }
    }
    out += yield* convertOne(conv, v);
  }
  withFmtCall(() => pargs.finish(isMapping || usedMapping));
  return out;
}

function starInt(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw withFmt(starWantsInt());
  return Number(n);
}

function withFmt(e: { excType: string; message: string }) {
  return newException(Exc[e.excType as "ValueError"], e.message);
}
function withFmtCall<T>(fn: () => T): T {
  return withFormatErrors(fn);
}

function fmtSpec(conv: ReturnType<typeof resolveStars>, v: number | bigint | string, isFloat = false): string {
  return withFmtCall(() => formatPercentSpec(conv, v, isFloat));
}

function* convertOne(conv: ReturnType<typeof resolveStars>, v: PyValue): NativeGen<string> {
  const t = conv.type;
  if (t === "s") return fmtSpec(conv, yield* strGen(v));
  if (t === "r") return fmtSpec(conv, yield* reprGen(v));
  if (t === "a") return fmtSpec(conv, asciiOf(yield* reprGen(v)));
  const n = intValue(v);
  if (n !== undefined) return fmtSpec(conv, n);
  if (v instanceof PyFloat) return fmtSpec(conv, v.value, true);
  if (t === "c") {
    const s = strValue(v);
    if (s !== undefined) return fmtSpec(conv, s);
    throw withFmt(percentTypeError(t, typeOf(v).name));
  }
  if ("diuoxXeEfFgG".includes(t) && t !== "") {
    const tt = typeOf(v);
    // float conversions go through __float__ (so "%.2f" % Decimal("1.555") keeps the fraction)
    const hook = "oxX".includes(t)
      ? tt.lookup("__index__")
      : "eEfFgG".includes(t)
        ? (tt.lookup("__float__") ?? tt.lookup("__index__"))
        : (tt.lookup("__int__") ?? tt.lookup("__index__") ?? tt.lookup("__float__"));
    if (hook !== undefined && hook !== None && strValue(v) === undefined) {
      const r = yield* callGen(hook, [v]);
      const rn = intValue(r);
      if (rn !== undefined) return fmtSpec(conv, rn);
      if (r instanceof PyFloat) return fmtSpec(conv, r.value, true);
    }
    throw withFmt(percentTypeError(t, tt.name));
  }
  // unsupported character: let the formatter raise its ValueError
  return fmtSpec(conv, 0);
}
