// PyType: a Python class. Builtin and user classes share this one JS class; a class's namespace
// is a JS Map (str keys only, as in every real program), looked up along the C3 MRO through a
// per-type cache that is dropped whenever the class or any base changes.
import { PyObject, type PyValue } from "./object.js";

/** How a builtin "solid base" makes a bare instance for a (possibly user-defined) subclass. */
export type InstanceFactory = (cls: PyType) => PyObject;

let nextVersion = 1;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  /** __name__ when it differs from `name`: CPython's C-implemented types have a dotted name in
   * messages ('array.array' object …) but a short __name__ ("array"). */
  shortName: string | undefined = undefined;
  /** Direct bases, in order. */
  bases: PyType[];
  /** The C3 linearisation, starting with this class. */
  mro: PyType[];
  /** The class namespace (`__dict__`). Change it only through setAttr/deleteAttr (they invalidate caches). */
  readonly attrs: Map<string, PyValue>;
  /** Changes whenever a lookup through this class could give a different answer (inline caches key on it). */
  version: number;
  /** Known subclasses, to invalidate their caches when this class changes. */
  readonly subclasses: PyType[] = [];
  /** Builtin types are immutable from Python ("cannot set 'x' attribute of immutable type 'int'"). */
  isBuiltin: boolean;
  /** Whether Python code may subclass it (bool, NoneType … may not). */
  isBaseType = true;
  /** Whether instances get a __dict__ (user classes without __slots__). */
  hasInstanceDict: boolean;
  /** Names from __slots__ (own and inherited), in slot order; instances keep values in `slots`. */
  slotNames: string[] = [];
  /** Makes bare instances of this layout (set on builtin solid bases, inherited by subclasses). */
  factory: InstanceFactory | null;
  /** Whether the class itself is abstract in the ABC sense (set by abc, checked at instantiation). */
  abstractMethods: string[] | null = null;
  private readonly cache = new Map<string, PyValue | null>();
  /** The VM's cache of how calling this class makes instances (keyed on `version`). */
  instCache: unknown = null;
  private fastAttrVersion = -1;
  private fastAttrValue = false;

  /**
   * True when attribute access on instances needs no Python hook: __getattribute__ and
   * __setattr__ are object's own and there is no __getattr__ (the VM's inline paths use this).
   */
  get fastAttr(): boolean {
    if (this.fastAttrVersion !== this.version) {
      this.fastAttrVersion = this.version;
      this.fastAttrValue = isObjectSlot(this.lookup("__getattribute__")) && isObjectSlot(this.lookup("__setattr__")) && this.lookup("__getattr__") === undefined;
    }
    return this.fastAttrValue;
  }

  constructor(meta: PyType | undefined, name: string, bases: PyType[], opts: { builtin?: boolean; factory?: InstanceFactory | null; instanceDict?: boolean; module?: string; qualname?: string } = {}) {
    super(meta as PyType);
    this.name = name;
    this.qualname = opts.qualname ?? name;
    this.bases = bases;
    this.isBuiltin = opts.builtin ?? false;
    this.attrs = new Map();
    this.version = nextVersion++;
    this.mro = bases.length === 0 ? [this] : computeMro(this, bases);
    this.factory = opts.factory ?? inheritedFactory(bases);
    this.hasInstanceDict = opts.instanceDict ?? bases.some((b) => b.hasInstanceDict);
    for (const b of bases) b.subclasses.push(this);
    if (opts.module !== undefined) this.attrs.set("__module__", opts.module);
  }

  /** Finds `name` along the MRO (no descriptors applied); undefined when absent. */
  lookup(name: string): PyValue | undefined {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit === null ? undefined : hit;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].attrs.get(name);
      if (v !== undefined) {
        this.cache.set(name, v);
        return v;
      }
    }
    this.cache.set(name, null);
    return undefined;
  }

  /** The class in the MRO that defines `name`, or undefined. */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.attrs.has(name)) return t;
    return undefined;
  }

  /** Sets a class attribute and invalidates caches (no immutability check: callers do that). */
  setAttr(name: string, value: PyValue): void {
    this.attrs.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.attrs.delete(name);
    this.invalidate();
    return had;
  }

  /** Drops lookup caches here and in every subclass; bumps versions. */
  invalidate(): void {
    this.cache.clear();
    this.version = nextVersion++;
    for (const s of this.subclasses) s.invalidate();
  }

  /** Re-bases the class (assignment to __bases__): recomputes the MRO. */
  setBases(bases: PyType[]): void {
    for (const b of this.bases) {
      const i = b.subclasses.indexOf(this);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
    this.bases = bases;
    this.mro = computeMro(this, bases);
    for (const b of bases) b.subclasses.push(this);
    this.invalidate();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** `__module__` as a JS string ("builtins" for builtin types). */
  get moduleName(): string {
    const m = this.attrs.get("__module__");
    return typeof m === "string" ? m : "builtins";
  }
}

/** Whether a slot function is object's builtin one (not overridden). */
function isObjectSlot(f: PyValue | undefined): boolean {
  return f === undefined || (typeof f === "object" && (f as { owner?: unknown }).owner === objectType);
}

function inheritedFactory(bases: PyType[]): InstanceFactory | null {
  for (const b of bases) {
    for (const t of b.mro) if (t.factory) return t.factory;
  }
  return null;
}

/** Thrown by computeMro; the caller turns it into a Python TypeError. */
export class MroError extends Error {}

/** C3 linearisation of `cls` with the given bases. */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return result;
    let head: PyType | undefined;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) {
      // CPython names the classes still at the heads of the lists being merged
      const heads: PyType[] = [];
      for (const s of live) if (!heads.includes(s[0])) heads.push(s[0]);
      const names = heads.map((b) => b.name).join(", ");
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    result.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

// The two classes everything else hangs from. `type` is its own metaclass.
export const objectType = new PyType(undefined, "object", [], { builtin: true, instanceDict: false });

/** A class based on object alone (no __slots__) gives its instances `__dict__` and
 * `__weakref__`: CPython lists those descriptors in its namespace and in dir(). */
export function addsInstanceDict(t: PyType): boolean {
  return !t.isBuiltin && !t.attrs.has("__slots__") && t.bases.length === 1 && t.bases[0] === objectType;
}
export const typeType = new PyType(undefined, "type", [objectType], { builtin: true, instanceDict: true });
objectType.type = typeType;
typeType.type = typeType;

/** Creates a builtin type (metaclass `type`, module builtins unless given). */
export function makeBuiltinType(name: string, base: PyType | PyType[] = objectType, opts: { factory?: InstanceFactory | null; instanceDict?: boolean; module?: string; baseType?: boolean } = {}): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = new PyType(typeType, name, bases, { builtin: true, factory: opts.factory, instanceDict: opts.instanceDict ?? false });
  if (opts.module !== undefined) t.attrs.set("__module__", opts.module);
  if (opts.baseType === false) t.isBaseType = false;
  return t;
}
