// An on-disk cache of compiled code objects, keyed on the source text, its filename and the
// pygil build — what CPython's __pycache__ does for imports, for every module pygil compiles
// from the command line (the stdlib's .py modules, the script, `-c`). Parsing and compiling is
// most of what an import costs; a hit costs a file read and a small JSON.parse (issue 7).
//
// A file: a 4-byte length, a JSON header (format, filename, source length, the code), then the
// code's Int32Arrays (instructions, positions, exception tables) as raw bytes the JSON refers to
// by index — they are most of a code object and load with a copy instead of a parse.
//
// A code object is written field by field (its own enumerable fields, whatever they are, so a
// field added to CodeObject is cached too), with its constants tagged by type. A constant of any
// other kind, or any field holding something unexpected, makes the unit uncacheable: the cache
// never guesses. The VM's per-code state (inline caches, frame pool) starts fresh on load.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PyValue } from "../objects/object.js";
import { PyFloat, floatType } from "../objects/float.js";
import { PyComplex } from "../objects/complex.js";
import { PyBytes, bytesType } from "../objects/bytes.js";
import { PyTuple, tupleType, newTuple } from "../objects/tuple.js";
import { Ellipsis, None } from "../objects/singletons.js";
import { CodeObject, genericArray } from "./code.js";

/** How many compiled units the cache keeps. */
const MAX_ENTRIES = 4000;
/** Bump when the encoding below changes. */
const FORMAT = 2;
/** Fields that belong to a running VM, not to the compiled code. */
const RUNTIME_FIELDS = new Set(["type", "dict", "caches", "framePool"]);

type Encoded = null | boolean | number | string | Encoded[] | { [k: string]: Encoded };

class Uncacheable extends Error {}

function encodeNumber(n: number): Encoded {
  if (Number.isFinite(n) && !Object.is(n, -0)) return n;
  return { n: Object.is(n, -0) ? "-0" : String(n) };
}

function decodeNumber(e: Encoded): number {
  if (typeof e === "number") return e;
  const s = (e as { n: string }).n;
  return s === "-0" ? -0 : Number(s);
}

/** Int32Arrays met while encoding (or decoded from the file), referred to by index. */
type Blobs = Int32Array[];

function encodeValue(v: unknown, blobs: Blobs): Encoded {
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return typeof encodeNumber(v) === "number" ? v : { f: encodeNumber(v) };
    case "bigint":
      return { i: v.toString() };
    case "object":
      break;
    default:
      throw new Uncacheable();
  }
  if (v === null) return null;
  if (v === None) return { s: "None" };
  if (v === Ellipsis) return { s: "..." };
  if (v instanceof Int32Array) return { a: blobs.push(v) - 1 };
  if (Array.isArray(v)) return v.map((x) => encodeValue(x, blobs));
  if (v instanceof CodeObject) return { c: encodeCode(v, blobs) };
  if (v instanceof PyFloat && v.type === floatType) return { d: encodeNumber(v.value) };
  if (v instanceof PyTuple && v.type === tupleType) return { t: v.items.map((x) => encodeValue(x, blobs)) };
  if (v instanceof PyBytes && v.type === bytesType) return { b: Array.from(v.bytes) };
  if (v instanceof PyComplex && v.constructor === PyComplex) return { x: [encodeNumber(v.real), encodeNumber(v.imag)] };
  throw new Uncacheable();
}

function decodeValue(e: Encoded, blobs: Blobs): unknown {
  if (e === null || typeof e !== "object") return e;
  if (Array.isArray(e)) return e.map((x) => decodeValue(x, blobs));
  if ("f" in e) return decodeNumber(e.f);
  if ("i" in e) return BigInt(e.i as string);
  if ("s" in e) return e.s === "None" ? None : Ellipsis;
  if ("a" in e) return blobs[e.a as number];
  if ("c" in e) return decodeCode(e.c as Record<string, Encoded>, blobs);
  if ("d" in e) return new PyFloat(decodeNumber(e.d));
  if ("t" in e) return newTuple((e.t as Encoded[]).map((x) => decodeValue(x, blobs)) as PyValue[]);
  if ("b" in e) return new PyBytes(Uint8Array.from(e.b as number[]));
  if ("x" in e) {
    const [re, im] = e.x as Encoded[];
    return new PyComplex(decodeNumber(re), decodeNumber(im));
  }
  throw new Error("code cache: unknown tag");
}

function encodeCode(code: CodeObject, blobs: Blobs): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const key of Object.keys(code)) {
    if (RUNTIME_FIELDS.has(key)) continue;
    out[key] = encodeValue((code as unknown as Record<string, unknown>)[key], blobs);
  }
  return out;
}

function decodeCode(fields: Record<string, Encoded>, blobs: Blobs): CodeObject {
  const code = new CodeObject(fields.name as string, fields.qualname as string, fields.filename as string);
  const target = code as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) target[key] = decodeValue(fields[key], blobs);
  // as the assembler makes them (code.ts genericArray)
  code.consts = genericArray(code.consts);
  return code;
}

interface Header {
  format: number;
  filename: string;
  length: number;
  /** Element counts of the Int32Arrays that follow the header, in order. */
  arrays: number[];
  code: Record<string, Encoded>;
}

/** The file's bytes: header length, header, padding to 4, the arrays. */
function pack(header: Header, blobs: Blobs): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const start = (4 + json.length + 3) & ~3;
  const size = start + blobs.reduce((n, b) => n + b.byteLength, 0);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const b of blobs) {
    Buffer.from(b.buffer, b.byteOffset, b.byteLength).copy(out, at);
    at += b.byteLength;
  }
  return out;
}

function unpack(data: Buffer): { header: Header; blobs: Blobs } {
  const jsonLength = data.readUInt32LE(0);
  const header = JSON.parse(data.toString("utf8", 4, 4 + jsonLength)) as Header;
  let at = (4 + jsonLength + 3) & ~3;
  const blobs: Blobs = [];
  for (const n of header.arrays) {
    // a copy: the file's buffer may not be 4-byte aligned
    const bytes = data.buffer.slice(data.byteOffset + at, data.byteOffset + at + n * 4);
    blobs.push(new Int32Array(bytes));
    at += n * 4;
  }
  return { header, blobs };
}

/** Two independent 32-bit FNV-1a style hashes of a string, as 16 hex digits. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The cache directory of one pygil build: compiled code of another build is never read. */
export class CodeCache {
  private readonly dir: string;
  private prepared = false;

  constructor(
    private readonly root: string,
    private readonly build: string,
    /** False with -B / PYTHONDONTWRITEBYTECODE: read, never write. */
    private readonly write = true,
  ) {
    this.dir = join(root, `code-${build}`);
  }

  private fileFor(source: string, filename: string): string {
    return join(this.dir, `${hash(filename + "\0" + source)}.code`);
  }

  /** The cached code for this source, or null. */
  load(source: string, filename: string): CodeObject | null {
    let data: Buffer;
    try {
      data = readFileSync(this.fileFor(source, filename));
    } catch {
      return null;
    }
    try {
      const { header, blobs } = unpack(data);
      if (header.format !== FORMAT || header.filename !== filename || header.length !== source.length) return null;
      return decodeCode(header.code, blobs);
    } catch {
      return null;
    }
  }

  /** Keeps the compiled code (silently does nothing when it can't). */
  store(source: string, filename: string, code: CodeObject): void {
    if (!this.write) return;
    let bytes: Buffer;
    try {
      const blobs: Blobs = [];
      const encoded = encodeCode(code, blobs);
      bytes = pack({ format: FORMAT, filename, length: source.length, arrays: blobs.map((b) => b.length), code: encoded }, blobs);
    } catch (e) {
      if (e instanceof Uncacheable) return;
      throw e;
    }
    try {
      this.prepare();
      const file = this.fileFor(source, filename);
      const tmp = `${file}.${process.pid}`;
      writeFileSync(tmp, bytes);
      renameSync(tmp, file);
    } catch {
      // a read-only or full disk only costs speed
    }
  }

  /** Creates this build's directory, removing older builds' ones; keeps it to MAX_ENTRIES
   *  files, the least recently written going first (every distinct `-c` makes one). */
  private prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    mkdirSync(this.dir, { recursive: true });
    for (const entry of readdirSync(this.root)) {
      if (entry.startsWith("code-") && entry !== `code-${this.build}`) rmSync(join(this.root, entry), { recursive: true, force: true });
    }
    const files = readdirSync(this.dir);
    if (files.length <= MAX_ENTRIES) return;
    const aged = files.map((f) => ({ f, t: statSync(join(this.dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { f } of aged.slice(0, files.length - (MAX_ENTRIES * 3) / 4)) rmSync(join(this.dir, f), { force: true });
  }
}
