// How each builtin method checks its arguments (see arity.ts for the notation), as CPython 3.11
// checks them. Loaded once after the types' methods are defined (runtime-init.ts).
import { applySignatures } from "./arity.js";
import { strType } from "./str.js";
import { listType } from "./list.js";
import { tupleType } from "./tuple.js";
import { dictType } from "./dict.js";
import { setType, frozensetType } from "./set.js";
import { intType } from "./int.js";
import { floatType } from "./float.js";
import { bytesType, bytearrayType } from "./bytes.js";
import { complexType } from "./complex.js";
import { rangeType } from "./range.js";
import { sliceType } from "./slice.js";
import type { PyType } from "./type.js";
import "./dict-views.js";
import "./bytes-percent.js";

const TABLE: [PyType, Record<string, string>][] = [
  [bytesType, { fromhex: "1", maketrans: "p 2 2" }],
  [bytearrayType, { fromhex: "1", maketrans: "p 2 2" }],
  [strType, {
    capitalize: "-",
    casefold: "-",
    center: "p 1 2",
    count: "t 1 3",
    encode: "k encoding? errors?",
    endswith: "t 1 3",
    expandtabs: "k tabsize?",
    find: "t 1 3",
    format_map: "1",
    index: "t 1 3",
    isalnum: "-",
    isalpha: "-",
    isascii: "-",
    isdecimal: "-",
    isdigit: "-",
    isidentifier: "-",
    islower: "-",
    isnumeric: "-",
    isprintable: "-",
    isspace: "-",
    istitle: "-",
    isupper: "-",
    join: "1",
    ljust: "p 1 2",
    lower: "-",
    lstrip: "p 0 1",
    maketrans: "p 1 3",
    partition: "1",
    removeprefix: "1",
    removesuffix: "1",
    replace: "p 2 3",
    rfind: "t 1 3",
    rindex: "t 1 3",
    rjust: "p 1 2",
    rpartition: "1",
    rsplit: "k sep? maxsplit?",
    rstrip: "p 0 1",
    split: "k sep? maxsplit?",
    splitlines: "k keepends?",
    startswith: "t 1 3",
    strip: "p 0 1",
    swapcase: "-",
    title: "-",
    translate: "1",
    upper: "-",
    zfill: "1",
  }],
  [listType, {
    append: "1",
    clear: "-",
    copy: "-",
    count: "1",
    extend: "1",
    index: "p 1 3",
    insert: "p 2 2",
    pop: "p 0 1",
    remove: "1",
    reverse: "-",
  }],
  [tupleType, {
    count: "1",
    index: "p 1 3",
  }],
  [dictType, {
    clear: "-",
    copy: "-",
    fromkeys: "p 1 2",
    get: "p 1 2",
    items: "-",
    keys: "-",
    pop: "p 1 2",
    popitem: "-",
    setdefault: "p 1 2",
    values: "-",
  }],
  [setType, {
    add: "1",
    clear: "-",
    copy: "-",
    difference: "v",
    difference_update: "v",
    discard: "1",
    intersection: "v",
    intersection_update: "v",
    isdisjoint: "1",
    issubset: "1",
    issuperset: "1",
    pop: "-",
    remove: "1",
    symmetric_difference: "1",
    symmetric_difference_update: "1",
    union: "v",
    update: "v",
  }],
  [frozensetType, {
    copy: "-",
    difference: "v",
    intersection: "v",
    isdisjoint: "1",
    issubset: "1",
    issuperset: "1",
    symmetric_difference: "1",
    union: "v",
  }],
  [intType, {
    as_integer_ratio: "-",
    bit_count: "-",
    bit_length: "-",
    conjugate: "-",
    from_bytes: "k bytes byteorder? * signed?",
    to_bytes: "k length? byteorder? * signed?",
  }],
  [floatType, {
    __getformat__: "1",
    as_integer_ratio: "-",
    conjugate: "-",
    fromhex: "1",
    hex: "-",
    is_integer: "-",
  }],
  [complexType, {
    conjugate: "-",
  }],
  [rangeType, {
    count: "1",
    index: "1",
  }],
  [sliceType, {
    indices: "1",
  }],
];

for (const [type, sigs] of TABLE) applySignatures(type, sigs);

// `type.attrs.set("__hash__", None)` at the top level of a module that an import cycle evaluates
// before singletons.ts stores undefined (list, slice): repair those entries now that None exists.
import { objectType } from "./type.js";
import { None } from "./singletons.js";
(function repairUnsetAttrs(t: PyType, seen: Set<PyType>) {
  if (seen.has(t)) return;
  seen.add(t);
  let changed = false;
  for (const [k, v] of t.attrs) {
    if (v === undefined) {
      t.attrs.set(k, None);
      changed = true;
    }
  }
  if (changed) t.invalidate();
  for (const s of t.subclasses) repairUnsetAttrs(s, seen);
})(objectType, new Set());
