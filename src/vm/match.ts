// Helpers for `match` statements and for ** unpacking (DICT_UPDATE / DICT_MERGE).
import type { PyValue } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { PyDict, dictType } from "../objects/dict.js";
import { PyList, listType } from "../objects/list.js";
import { PyTuple, tupleType } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { PyFunction, PyBuiltinFunction, PyMethod } from "../objects/function.js";
import { typeOf, typeName } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { getAttrGen, getAttrOptGen } from "../objects/attr.js";
import { toArrayGen } from "../objects/iter.js";
import { eqGen } from "../objects/ops.js";
import { reprGen } from "../objects/stringify.js";
import { rangeType } from "../objects/range.js";
import type { NativeGen } from "../objects/native.js";
import { Exc, isExc, newException, pyTypeError, pyValueError } from "../objects/exceptions.js";

export function isSequenceForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(rangeType)) return true;
  return t.mro.some((m) => (m.shortName ?? m.name) === "deque" || (m.name === "Sequence" && m.moduleName.startsWith("collections")));
}

export function isMappingForMatch(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.isSubtypeOf(dictType)) return true;
  return t.mro.some((m) => (m.name === "Mapping" || m.name === "MutableMapping") && m.moduleName.startsWith("collections"));
}

const MISSING = newException(Exc.KeyError);

export function* matchKeysGen(subj: PyValue, keys: PyValue[]): NativeGen {
  const values: PyValue[] = [];
  const seen: PyValue[] = [];
  for (const k of keys) {
    for (const s of seen) if (yield* eqGen(s, k)) throw pyValueError(`mapping pattern checks duplicate key (${yield* reprGen(k)})`);
    seen.push(k);
    let v: PyValue;
    if (subj instanceof PyDict && subj.type === dictType) {
      const got = subj.get(k);
      if (got === undefined) return None;
      v = got;
    } else {
      const get = yield* getAttrGen(subj, "get");
      v = yield* callGen(get, [k, MISSING]);
      if (v === MISSING) return None;
    }
    values.push(v);
  }
  return new PyTuple(values);
}

/** Types whose single positional sub-pattern matches the subject itself. */
const SELF_MATCHING = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

export function* matchClassGen(subj: PyValue, cls: PyValue, npos: number, kwd: string[]): NativeGen {
  if (!(cls instanceof PyType)) throw pyTypeError("called match pattern must be a class");
  const st = typeOf(subj);
  if (st !== cls && !st.isSubtypeOf(cls)) {
    // __instancecheck__ on metaclasses (ABCs)
    const ic = cls.type.lookup("__instancecheck__");
    if (ic === undefined || cls.type.isBuiltin) return None;
    const r = yield* callGen(ic, [cls, subj]);
    if (r !== true) return None;
  }
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (npos > 0) {
    const selfMatch = cls.mro.some((m) => m.isBuiltin && SELF_MATCHING.has(m.name)) && cls.lookup("__match_args__") === undefined;
    if (selfMatch) {
      if (npos > 1) throw pyTypeError(`${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
      out.push(subj);
    } else {
      const ma = yield* getAttrOptGen(cls, "__match_args__");
      if (ma === undefined) throw pyTypeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      if (!(ma instanceof PyTuple)) throw pyTypeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      if (npos > ma.items.length) {
        throw pyTypeError(`${cls.name}() accepts ${ma.items.length} positional sub-pattern${ma.items.length === 1 ? "" : "s"} (${npos} given)`);
      }
      for (let i = 0; i < npos; i++) {
        const name = ma.items[i];
        if (typeof name !== "string") throw pyTypeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        seen.add(name);
        const v = yield* getAttrOptGen(subj, name);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const name of kwd) {
    if (seen.has(name)) throw pyTypeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = yield* getAttrOptGen(subj, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

/** How call errors name the callee, as CPython: "__main__.f()", "print()", "math.sqrt()". */
export function funcStr(f: PyValue | null): string {
  const inModule = (module: PyValue | undefined, qualname: string) =>
    typeof module === "string" && module !== "builtins" ? `${module}.${qualname}()` : `${qualname}()`;
  if (f instanceof PyFunction) return inModule(f.module, f.qualname);
  if (f instanceof PyBuiltinFunction) return f.owner ? `${f.owner.name}.${f.name}()` : inModule(f.module ?? undefined, f.name);
  if (f instanceof PyMethod) return funcStr(f.func);
  if (f instanceof PyType) return inModule(f.attrs.get("__module__"), f.qualname);
  return f === null ? "" : `${typeName(f)} object`;
}

/** dict.update for {**a} (merge=false) and f(**a) (merge=true: duplicate keys are errors). */
export function* mappingMerge(target: PyDict, src: PyValue, merge: boolean, fn: PyValue | null): NativeGen {
  if (src instanceof PyDict && src.type === dictType) {
    for (const [k, v] of src.entries()) {
      if (merge) {
        if (typeof k !== "string") throw pyTypeError(`keywords must be strings`);
        if (target.has(k)) throw pyTypeError(`${funcStr(fn)} got multiple values for keyword argument '${k}'`);
      }
      target.set(k, v);
    }
    return None;
  }
  const keysFn = typeOf(src).lookup("keys");
  if (keysFn === undefined) {
    if (merge) throw pyTypeError(`${funcStr(fn)} argument after ** must be a mapping, not ${typeName(src)}`);
    throw pyTypeError(`'${typeName(src)}' object is not a mapping`);
  }
  const keys = yield* toArrayGen(yield* callGen(keysFn, [src]));
  const getitem = typeOf(src).lookup("__getitem__");
  for (const k of keys) {
    if (merge && typeof k === "string" && target.has(k)) throw pyTypeError(`${funcStr(fn)} got multiple values for keyword argument '${k}'`);
    let v: PyValue;
    try {
      v = yield* callGen(getitem!, [src, k]);
    } catch (e) {
      if (isExc(e, Exc.KeyError)) throw e;
      throw e;
    }
    target.set(k, v);
  }
  return None;
}

