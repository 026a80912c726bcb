// dict.update semantics shared by dict(), update(), |=.
import type { PyValue } from "./object.js";
import { PyDict, dictType } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { typeOf } from "./typeof.js";
import { callGen } from "./call.js";
import { toArrayGen } from "./iter.js";
import type { NativeGen } from "./native.js";
import { pyTypeError, pyValueError } from "./exceptions.js";

export function* mappingMergeFrom(d: PyDict, src: PyValue): NativeGen<void> {
  if (src instanceof PyDict && (src.type === dictType || src.type.lookup("keys") === dictType.attrs.get("keys"))) {
    for (const [k, v] of src.entries()) d.set(k, v);
    return;
  }
  const t = typeOf(src);
  const keys = t.lookup("keys");
  if (keys !== undefined) {
    const ks = yield* toArrayGen(yield* callGen(keys, [src]));
    const gi = t.lookup("__getitem__");
    if (gi === undefined) throw pyTypeError(`'${t.name}' object is not subscriptable`);
    for (const k of ks) d.set(k, yield* callGen(gi, [src, k]));
    return;
  }
  let i = 0;
  for (const item of yield* toArrayGen(src)) {
    let pair: PyValue[];
    if ((item instanceof PyTuple || item instanceof PyList) && item.type.isBuiltin) pair = item.items;
    else {
      try {
        pair = yield* toArrayGen(item);
      } catch {
        throw pyTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
    }
    if (pair.length !== 2) throw pyValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
    i++;
  }
}
