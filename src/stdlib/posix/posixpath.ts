// posixpath (os.path): path arithmetic as CPython's posixpath does it, character for character,
// over str or bytes (never mixed), plus the stat-based queries (exists, isfile, getsize …).
import * as fs from "node:fs";
import * as nodeOs from "node:os";
import type { PyValue } from "../../objects/object.js";
import { PyBytes } from "../../objects/bytes.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyFloat } from "../../objects/float.js";
import { None } from "../../objects/singletons.js";
import { isInt, intValue } from "../../objects/int.js";
import { nativeFunction } from "../../objects/function.js";
import { toArrayGen } from "../../objects/iter.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { Exc, isExc, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { typeName } from "../../objects/typeof.js";
import { encodeText } from "../../objects/text-codecs.js";
import { defineNativeModule } from "../../vm/native-modules.js";
import { bindArgs } from "../native-args.js";
import { fspathGen } from "../io/open.js";
import { fsSync } from "../io/host.js";
import { flushAllSync } from "../io/raw.js";

/** Path arguments as JS strings, remembering whether they were bytes (results match). */
/** join, relpath and commonpath name themselves in their TypeError (genericpath's check). */
const NAMED_CHECK = new Set(["join", "relpath", "commonpath"]);

function* paths(args: PyValue[], fn: string): NativeGen<{ ps: string[]; bytes: boolean }> {
  const ps: string[] = [];
  let bytes: boolean | null = null;
  for (const a of args) {
    let p;
    try {
      p = yield* fspathGen(a);
    } catch (e) {
      if (NAMED_CHECK.has(fn) && isExc(e, Exc.TypeError)) throw pyTypeError(`${fn}() argument must be str, bytes, or os.PathLike object, not '${typeName(a)}'`);
      throw e;
    }
    if (bytes !== null && bytes !== p.isBytes) throw pyTypeError("Can't mix strings and bytes in path components");
    bytes = p.isBytes;
    ps.push(p.path);
  }
  return { ps, bytes: bytes ?? false };
}

function out(s: string, bytes: boolean): PyValue {
  return bytes ? new PyBytes(encodeText(s, "utf-8", "surrogateescape")) : s;
}

export function joinPaths(a: string, rest: string[]): string {
  let path = a;
  for (const b of rest) {
    if (b.startsWith("/")) path = b;
    else if (path === "" || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function allSlashes(s: string): boolean {
  return /^\/+$/.test(s);
}

export function splitPath(p: string): [string, string] {
  const i = p.lastIndexOf("/") + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && !allSlashes(head)) head = head.replace(/\/+$/, "");
  return [head, tail];
}

export function splitExt(p: string): [string, string] {
  const sepIndex = p.lastIndexOf("/");
  const dotIndex = p.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) {
      if (p[i] !== ".") return [p.slice(0, dotIndex), p.slice(dotIndex)];
    }
  }
  return [p, ""];
}

export function baseName(p: string): string {
  return p.slice(p.lastIndexOf("/") + 1);
}

export function dirName(p: string): string {
  let head = p.slice(0, p.lastIndexOf("/") + 1);
  if (head && !allSlashes(head)) head = head.replace(/\/+$/, "");
  return head;
}

export function normPath(p: string): string {
  if (p === "") return ".";
  let initial = 0;
  if (p.startsWith("/")) initial = p.startsWith("//") && !p.startsWith("///") ? 2 : 1;
  const comps = p.split("/");
  const out: string[] = [];
  for (const c of comps) {
    if (c === "" || c === ".") continue;
    if (c !== ".." || (!initial && out.length === 0) || (out.length && out[out.length - 1] === "..")) out.push(c);
    else if (out.length) out.pop();
  }
  const s = "/".repeat(initial) + out.join("/");
  return s || ".";
}

export function absPath(p: string): string {
  return normPath(p.startsWith("/") ? p : joinPaths(process.cwd(), [p]));
}

/** realpath(strict=False): symlinks resolved as far as the path exists. */
export function realPath(p: string): string {
  const abs = absPath(p);
  try {
    return fs.realpathSync(abs);
  } catch {
    const [head, tail] = splitPath(abs);
    if (head === abs || head === "") return abs;
    return joinPaths(realPath(head), [tail]);
  }
}

function relPath(path: string, start: string): string {
  if (!path) throw pyValueError("no path specified");
  const startList = absPath(start).split("/").filter((x) => x);
  const pathList = absPath(path).split("/").filter((x) => x);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...Array(startList.length - i).fill(".."), ...pathList.slice(i)];
  return rel.length ? rel.join("/") : ".";
}

export function expandUser(p: string): string {
  if (!p.startsWith("~")) return p;
  let i = p.indexOf("/", 1);
  if (i < 0) i = p.length;
  let home: string | undefined;
  if (i === 1) home = process.env.HOME ?? nodeOs.userInfo().homedir;
  else {
    const name = p.slice(1, i);
    try {
      const me = nodeOs.userInfo();
      if (me.username === name) home = me.homedir;
    } catch {
      /* no such user */
    }
    if (home === undefined) return p;
  }
  if (home === undefined) return p;
  home = home.replace(/\/+$/, "");
  return (home || "/") + p.slice(i);
}

function expandVars(p: string): string {
  if (!p.includes("$")) return p;
  return p.replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
    const key = name.startsWith("{") ? name.slice(1, -1) : name;
    const v = process.env[key];
    return v === undefined ? m : v;
  });
}

function statOrNull(p: string | number, follow = true): fs.Stats | null {
  try {
    if (typeof p === "number") return fs.fstatSync(p);
    return follow ? fs.statSync(p) : fs.lstatSync(p);
  } catch {
    return null;
  }
}

/** A path or an fd for exists/isfile/isdir; null for values that make CPython return False. */
function* queryPath(v: PyValue, fn: string): NativeGen<string | number | null> {
  if (isInt(v) && typeof v !== "boolean") return Number(intValue(v));
  const r = yield* paths([v], fn);
  if (r.ps[0].includes("\0")) return null;
  return r.ps[0];
}

defineNativeModule("posixpath", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "posixpath"));
  d.setStr("sep", "/");
  d.setStr("curdir", ".");
  d.setStr("pardir", "..");
  d.setStr("extsep", ".");
  d.setStr("altsep", None);
  d.setStr("pathsep", ":");
  d.setStr("defpath", "/bin:/usr/bin");
  d.setStr("devnull", "/dev/null");
  d.setStr("supports_unicode_filenames", false);

  fn("join", function* (args): NativeGen {
    if (args.length === 0) throw pyTypeError("join() missing 1 required positional argument: 'a'");
    const { ps, bytes } = yield* paths(args, "join");
    return out(joinPaths(ps[0], ps.slice(1)), bytes);
  });
  fn("split", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "split");
    const [h, t] = splitPath(ps[0]);
    return new PyTuple([out(h, bytes), out(t, bytes)]);
  });
  fn("splitext", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "splitext");
    const [a, b] = splitExt(ps[0]);
    return new PyTuple([out(a, bytes), out(b, bytes)]);
  });
  fn("splitdrive", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "splitdrive");
    return new PyTuple([out("", bytes), out(ps[0], bytes)]);
  });
  fn("basename", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "basename");
    return out(baseName(ps[0]), bytes);
  });
  fn("dirname", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "dirname");
    return out(dirName(ps[0]), bytes);
  });
  fn("isabs", function* (args): NativeGen {
    const { ps } = yield* paths([args[0] ?? None], "isabs");
    return ps[0].startsWith("/");
  });
  fn("normpath", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "normpath");
    return out(normPath(ps[0]), bytes);
  });
  fn("normcase", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "normcase");
    return out(ps[0], bytes);
  });
  fn("abspath", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "abspath");
    return out(absPath(ps[0]), bytes);
  });
  fn("realpath", function* (args, kw): NativeGen {
    const [p, strict] = bindArgs("realpath", args, kw, ["path", "*strict"], 1);
    const { ps, bytes } = yield* paths([p!], "realpath");
    if (strict === true) return out(fsSync(() => fs.realpathSync(absPath(ps[0])), p), bytes);
    return out(realPath(ps[0]), bytes);
  });
  fn("relpath", function* (args, kw): NativeGen {
    const [p, start] = bindArgs("relpath", args, kw, ["path", "start"], 1);
    const { ps, bytes } = yield* paths(start === undefined || start === None ? [p!] : [p!, start], "relpath");
    return out(relPath(ps[0], ps[1] ?? "."), bytes);
  });
  fn("commonprefix", function* (args): NativeGen {
    const items = yield* toArrayGen(args[0] ?? None);
    if (items.length === 0) return "";
    const { ps, bytes } = yield* paths(items, "commonprefix");
    let lo = ps[0], hi = ps[0];
    for (const s of ps) {
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
    let i = 0;
    while (i < lo.length && lo[i] === hi[i]) i++;
    return out(lo.slice(0, i), bytes);
  });
  fn("commonpath", function* (args): NativeGen {
    const items = yield* toArrayGen(args[0] ?? None);
    if (items.length === 0) throw pyValueError("commonpath() arg is an empty sequence");
    const { ps, bytes } = yield* paths(items, "commonpath");
    const isAbs = ps.map((p) => p.startsWith("/"));
    if (isAbs.some((a) => a !== isAbs[0])) throw pyValueError("Can't mix absolute and relative paths");
    const split = ps.map((p) => p.split("/").filter((c) => c && c !== "."));
    let common = split[0];
    for (const s of split) {
      let i = 0;
      while (i < common.length && i < s.length && common[i] === s[i]) i++;
      common = common.slice(0, i);
    }
    return out((isAbs[0] ? "/" : "") + common.join("/"), bytes);
  });
  fn("expanduser", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "expanduser");
    return out(expandUser(ps[0]), bytes);
  });
  fn("expandvars", function* (args): NativeGen {
    const { ps, bytes } = yield* paths([args[0] ?? None], "expandvars");
    return out(expandVars(ps[0]), bytes);
  });
  const query = (name: string, test: (st: fs.Stats) => boolean, follow = true): NativeFn =>
    function* (args): NativeGen {
      const p = yield* queryPath(args[0] ?? None, name);
      if (p === null) return false;
      const st = statOrNull(p, follow);
      return st !== null && test(st);
    };
  fn("exists", query("exists", () => true));
  fn("lexists", query("lexists", () => true, false));
  fn("isfile", query("isfile", (st) => st.isFile()));
  fn("isdir", query("isdir", (st) => st.isDirectory()));
  fn("islink", query("islink", (st) => st.isSymbolicLink(), false));
  fn("ismount", function* (args): NativeGen {
    const { ps } = yield* paths([args[0] ?? None], "ismount");
    const a = statOrNull(ps[0], false);
    if (!a || a.isSymbolicLink()) return false;
    const parent = statOrNull(joinPaths(ps[0], [".."]), false);
    if (!parent) return false;
    return a.dev !== parent.dev || a.ino === parent.ino;
  });
  fn("isjunction", () => false);
  const statField = (name: string, get: (st: fs.BigIntStats) => PyValue): NativeFn =>
    function* (args): NativeGen {
      flushAllSync();
      const v = args[0] ?? None;
      if (isInt(v) && typeof v !== "boolean") return get(fsSync(() => fs.fstatSync(Number(intValue(v)), { bigint: true })));
      const p = yield* fspathGen(v);
      return get(fsSync(() => fs.statSync(p.path, { bigint: true }), p.value));
    };
  const t = (ns: bigint) => new PyFloat(Number(ns / 1000000000n) + Number(ns % 1000000000n) * 1e-9);
  fn("getsize", statField("getsize", (st) => Number(st.size)));
  fn("getmtime", statField("getmtime", (st) => t(st.mtimeNs)));
  fn("getatime", statField("getatime", (st) => t(st.atimeNs)));
  fn("getctime", statField("getctime", (st) => t(st.ctimeNs)));
  fn("samefile", function* (args): NativeGen {
    const a = yield* fspathGen(args[0] ?? None);
    const b = yield* fspathGen(args[1] ?? None);
    const sa = fsSync(() => fs.statSync(a.path), a.value);
    const sb = fsSync(() => fs.statSync(b.path), b.value);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  });
});
