// bytes % args and bytearray % args (PEP 461), over the %-format engine of format/percent.ts:
// the format is handled as latin-1 text, %s/%b take bytes-like objects (or __bytes__), %r/%a
// give ascii(repr(x)), %c an int in range(256) or one byte; numbers format as for str.
// Also bytes.istitle/bytearray.istitle, which bytes-methods.ts leaves out.
import type { PyValue } from "./object.js";
import { PyObject } from "./object.js";
import { PyTuple } from "./tuple.js";
import { PyFloat } from "./float.js";
import { PyBytes, PyByteArray, bytesType, bytearrayType } from "./bytes.js";
import { intValue } from "./int.js";
import { strValue } from "./str.js";
import { None, NotImplemented } from "./singletons.js";
import { defineMethods } from "./function.js";
import { typeOf } from "./typeof.js";
import { getItemGen } from "./ops.js";
import { reprGen } from "./stringify.js";
import { callGen } from "./call.js";
import type { NativeGen } from "./native.js";
import { asciiOf } from "./ascii.js";
import { Exc, newException, pyTypeError, withFormatErrors } from "./exceptions.js";
import {
  parsePercentFormat, formatPercentSpec, resolveStars, PercentArgs, percentTypeError, incompleteFormatKey, formatRequiresMapping,
  starWantsInt, STAR, type PercentSpec,
} from "./format/index.js";

const latin1 = (b: Uint8Array) => {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyObject) {
    const b = (v as { bytes?: unknown }).bytes;
    if (b instanceof Uint8Array) return b;
  }
  return undefined;
}

const fmtErr = (e: { excType: string; message: string }) => newException(Exc[e.excType as "ValueError"], e.message);

function* convertGen(conv: ReturnType<typeof resolveStars>, v: PyValue): NativeGen<string> {
  const t = conv.type;
  const spec = (x: number | bigint | string, isFloat = false) => withFormatErrors(() => formatPercentSpec(conv, x, isFloat));
  if (t === "s" || t === "b") {
    let b = bytesOf(v);
    if (b === undefined) {
      const f = typeOf(v).lookup("__bytes__");
      if (f !== undefined && f !== None) {
        const r = yield* callGen(f, [v]);
        if (!(r instanceof PyBytes)) throw pyTypeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
        b = r.bytes;
      }
    }
    if (b === undefined) throw pyTypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
    const text = latin1(b);
    return withFormatErrors(() => formatPercentSpec({ ...conv, type: "s" }, text, false));
  }
  if (t === "r" || t === "a") return spec(asciiOf(yield* reprGen(v)));
  if (t === "c") {
    const b = bytesOf(v);
    if (b !== undefined && b.length === 1) return spec(String.fromCharCode(b[0]));
    const n = intValue(v);
    if (n !== undefined && n >= 0 && n < 256) return spec(String.fromCharCode(Number(n)));
    if (n !== undefined) throw newException(Exc.OverflowError, "%c arg not in range(256)");
    throw pyTypeError("%c requires an integer in range(256) or a single byte");
  }
  const n = intValue(v);
  if (n !== undefined) return spec(n);
  if (v instanceof PyFloat) return spec(v.value, true);
  if ("diuoxXeEfFgG".includes(t) && t !== "") {
    const tt = typeOf(v);
    const hook = "oxX".includes(t) ? tt.lookup("__index__") : tt.lookup("__int__") ?? tt.lookup("__index__") ?? tt.lookup("__float__");
    if (hook !== undefined && hook !== None && strValue(v) === undefined) {
      const r = yield* callGen(hook, [v]);
      const rn = intValue(r);
      if (rn !== undefined) return spec(rn);
      if (r instanceof PyFloat) return spec(r.value, true);
    }
    throw fmtErr(percentTypeError(t, tt.name));
  }
  return spec(0);
}

function* bytesPercentGen(fmt: Uint8Array, arg: PyValue): NativeGen<Uint8Array> {
  const pieces = parsePercentFormat(latin1(fmt));
  const isTuple = arg instanceof PyTuple && arg.type.isBuiltin;
  const isMapping = !isTuple && typeof arg === "object" && typeOf(arg).lookup("__getitem__") !== undefined && bytesOf(arg) === undefined && strValue(arg) === undefined;
  const pargs = new PercentArgs<PyValue>(isTuple ? (arg as PyTuple).items : arg, isTuple);
  let out = "";
  let usedMapping = false;
  for (const p of pieces) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    const spec = p as PercentSpec;
    if (spec.keyIncomplete) throw fmtErr(incompleteFormatKey());
    if (spec.key !== null) {
      if (!isMapping) throw fmtErr(formatRequiresMapping());
      usedMapping = true;
      // keys of a bytes format are bytes
      const key = new PyBytes(Uint8Array.from(Array.from(spec.key, (c) => c.charCodeAt(0))));
      pargs.useMappingValue(yield* getItemGen(arg, key));
    }
    let width = spec.width, precision = spec.precision;
    const starInt = (v: PyValue) => {
      const n = intValue(v);
      if (n === undefined) throw fmtErr(starWantsInt());
      return Number(n);
    };
    if (width === STAR) width = starInt(withFormatErrors(() => pargs.next()));
    if (precision === STAR) precision = starInt(withFormatErrors(() => pargs.next()));
    if (spec.error) throw fmtErr(spec.error);
    const conv = resolveStars(spec, width, precision);
    const v = withFormatErrors(() => pargs.next());
    out += yield* convertGen(conv, v);
  }
  withFormatErrors(() => pargs.finish(isMapping || usedMapping));
  return Uint8Array.from(Array.from(out, (c) => c.charCodeAt(0)));
}

function istitle(b: Uint8Array): boolean {
  let cased = false, prevCased = false;
  for (const c of b) {
    const upper = c >= 65 && c <= 90, lower = c >= 97 && c <= 122;
    if (upper) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (lower) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

for (const type of [bytesType, bytearrayType]) {
  const make = (b: Uint8Array) => (type === bytesType ? new PyBytes(b) : new PyByteArray(b));
  defineMethods(type, {
    __mod__: function* (args: PyValue[]): NativeGen {
      const b = bytesOf(args[0]);
      if (b === undefined) return NotImplemented;
      return make(yield* bytesPercentGen(b, args[1]));
    },
    __rmod__: () => NotImplemented,
    istitle: (args: PyValue[]) => istitle(bytesOf(args[0]) ?? new Uint8Array(0)),
  });
}
