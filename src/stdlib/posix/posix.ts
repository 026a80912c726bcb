// The posix module: the operating-system primitives os.py builds on (stat, listdir, scandir,
// mkdir, remove, rename, environment, descriptors, urandom …). Paths may be str, bytes or
// os.PathLike; errors are CPython's OSError subclasses with errno, strerror and filename.
// Metadata calls are synchronous (they are quick on local disks); os.read/os.write park.
import { newSet } from "../../objects/set.js";
import * as fs from "node:fs";
import * as nodeOs from "node:os";
import type * as Tty from "node:tty";
import type * as Crypto from "node:crypto";
import type * as ChildProcess from "node:child_process";
import type { KwArgs, PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { makeBuiltinType } from "../../objects/type.js";
import { PyBytes } from "../../objects/bytes.js";
import { PyList } from "../../objects/list.js";
import { PyDict } from "../../objects/dict.js";
import { PyFloat } from "../../objects/float.js";
import { None } from "../../objects/singletons.js";
import { intValue, isInt } from "../../objects/int.js";
import { defineGetter, defineMethods, nativeFunction } from "../../objects/function.js";
import { isTrueGen } from "../../objects/ops.js";
import { typeName } from "../../objects/typeof.js";
import { strValue } from "../../objects/str.js";
import { NativeIterator, defineIteratorType } from "../../objects/iter.js";
import type { NativeFn, NativeGen } from "../../objects/native.js";
import { Exc, pyTypeError, pyValueError } from "../../objects/exceptions.js";
import { PyTuple } from "../../objects/tuple.js";
import { reprGen } from "../../objects/stringify.js";
import { encodeText } from "../../objects/text-codecs.js";
import { defineNativeModule } from "../../vm/native-modules.js";
import { interp } from "../../vm/interpreter.js";
import { bindArgs, optInt } from "../native-args.js";
import { fspathGen, type FsPath } from "../io/open.js";
import { awaitIO, errnoOf, fsSync, osError } from "../io/host.js";
import { flushAllSync } from "../io/raw.js";
import { PyStructSeq, makeStructSeqType } from "../structseq.js";
import { lazyNode } from "../../vm/node-lazy.js";

// loaded when first used (os.system, os.urandom, os.isatty), not when pygil starts
const childProcess = lazyNode<typeof ChildProcess>("node:child_process");
const crypto = lazyNode<typeof Crypto>("node:crypto");
const tty = lazyNode<typeof Tty>("node:tty");

export const statResultType = makeStructSeqType(
  "os",
  "stat_result",
  ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"],
  ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
  ["st_atime", "st_mtime", "st_ctime"],
);
const terminalSizeType = makeStructSeqType("os", "terminal_size", ["columns", "lines"]);
const unameResultType = makeStructSeqType("posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"]);
const timesResultType = makeStructSeqType("posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"]);

function num(b: bigint): number | bigint {
  return b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

/** CPython's float time from seconds and nanoseconds: sec + nsec * 1e-9. */
function floatTime(ns: bigint): PyFloat {
  const sec = ns / 1000000000n;
  const nsec = ns % 1000000000n;
  return new PyFloat(Number(sec) + Number(nsec) * 1e-9);
}

export function makeStatResult(st: fs.BigIntStats): PyStructSeq {
  const items: PyValue[] = [num(st.mode), num(st.ino), num(st.dev), num(st.nlink), num(st.uid), num(st.gid), num(st.size),
    num(st.atimeNs / 1000000000n), num(st.mtimeNs / 1000000000n), num(st.ctimeNs / 1000000000n)];
  const extra: PyValue[] = [floatTime(st.atimeNs), floatTime(st.mtimeNs), floatTime(st.ctimeNs), num(st.atimeNs), num(st.mtimeNs), num(st.ctimeNs), num(st.blksize), num(st.blocks), num(st.rdev)];
  return new PyStructSeq(items, extra, statResultType);
}

function* pathArg(v: PyValue | undefined, fn: string, dflt?: string): NativeGen<FsPath> {
  if (v === undefined || (v === None && dflt !== undefined)) return { path: dflt ?? ".", value: dflt ?? ".", isBytes: false };
  return yield* fspathGen(v, fn);
}

/** A name from the file system as str or bytes, matching the argument's type. */
function nameOut(name: string, asBytes: boolean): PyValue {
  return asBytes ? new PyBytes(encodeText(name, "utf-8", "surrogateescape")) : name;
}

function joinPath(dir: string, name: string): string {
  if (dir === "" || dir.endsWith("/")) return dir + name;
  return dir + "/" + name;
}

// ---- scandir / DirEntry -------------------------------------------------------------------------

export const dirEntryType = makeBuiltinType("DirEntry", undefined, { module: "posix", baseType: false });
const scandirIteratorType = defineIteratorType("ScandirIterator");

class PyDirEntry extends PyObject {
  private statCache: PyValue | null = null;
  private lstatCache: PyValue | null = null;
  constructor(
    readonly name: string,
    readonly path: string,
    readonly asBytes: boolean,
    readonly dirent: fs.Dirent,
  ) {
    super(dirEntryType);
  }
  stat(follow: boolean): PyValue {
    if (follow) {
      if (this.statCache === null) this.statCache = makeStatResult(fsSync(() => fs.statSync(this.path, { bigint: true }), nameOut(this.path, this.asBytes)));
      return this.statCache;
    }
    if (this.lstatCache === null) this.lstatCache = makeStatResult(fsSync(() => fs.lstatSync(this.path, { bigint: true }), nameOut(this.path, this.asBytes)));
    return this.lstatCache;
  }
  isKind(kind: "dir" | "file", follow: boolean): boolean {
    if (this.dirent.isSymbolicLink() && follow) {
      try {
        const st = fs.statSync(this.path);
        return kind === "dir" ? st.isDirectory() : st.isFile();
      } catch {
        return false;
      }
    }
    return kind === "dir" ? this.dirent.isDirectory() : this.dirent.isFile();
  }
}

function* followArg(args: PyValue[], kw: KwArgs, fn: string): NativeGen<boolean> {
  const [f] = bindArgs(fn, args.slice(1), kw, ["*follow_symlinks"]);
  return f === undefined ? true : yield* isTrueGen(f);
}

defineMethods(dirEntryType, {
  is_dir: function* (args, kw): NativeGen {
    return (args[0] as PyDirEntry).isKind("dir", yield* followArg(args, kw, "is_dir"));
  },
  is_file: function* (args, kw): NativeGen {
    return (args[0] as PyDirEntry).isKind("file", yield* followArg(args, kw, "is_file"));
  },
  is_symlink: (args) => (args[0] as PyDirEntry).dirent.isSymbolicLink(),
  is_junction: () => false,
  stat: function* (args, kw): NativeGen {
    return (args[0] as PyDirEntry).stat(yield* followArg(args, kw, "stat"));
  },
  inode: (args) => {
    const e = args[0] as PyDirEntry;
    return num(fsSync(() => fs.lstatSync(e.path, { bigint: true }), e.path).ino);
  },
  __fspath__: (args) => nameOut((args[0] as PyDirEntry).path, (args[0] as PyDirEntry).asBytes),
  __repr__: function* (args): NativeGen {
    const e = args[0] as PyDirEntry;
    return `<DirEntry ${yield* reprGen(nameOut(e.name, e.asBytes))}>`;
  },
});
defineGetter(dirEntryType, "name", (v) => nameOut((v as PyDirEntry).name, (v as PyDirEntry).asBytes));
defineGetter(dirEntryType, "path", (v) => nameOut((v as PyDirEntry).path, (v as PyDirEntry).asBytes));

class ScandirIterator extends NativeIterator {
  private dir: fs.Dir | null;
  constructor(
    dir: fs.Dir,
    private readonly base: string,
    private readonly asBytes: boolean,
  ) {
    super(scandirIteratorType);
    this.dir = dir;
  }
  nextValue(): PyValue | undefined {
    if (!this.dir) return undefined;
    const d = fsSync(() => this.dir!.readSync());
    if (d === null) {
      this.close();
      return undefined;
    }
    return new PyDirEntry(d.name, joinPath(this.base, d.name), this.asBytes, d);
  }
  close(): void {
    if (this.dir) {
      try {
        this.dir.closeSync();
      } catch {
        /* closed */
      }
      this.dir = null;
    }
  }
}
defineMethods(scandirIteratorType, {
  close: (args) => {
    (args[0] as ScandirIterator).close();
    return None;
  },
  __enter__: (args) => args[0],
  __exit__: (args) => {
    (args[0] as ScandirIterator).close();
    return None;
  },
});

/** Directory names in the OS's order (what CPython's listdir gives), without . and .. */
function readDirNames(path: string, value: PyValue): string[] {
  const dir = fsSync(() => fs.opendirSync(path), value);
  const names: string[] = [];
  try {
    for (;;) {
      const d = dir.readSync();
      if (d === null) break;
      names.push(d.name);
    }
  } finally {
    dir.closeSync();
  }
  return names;
}

// ---- environment --------------------------------------------------------------------------------

function environDict(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) d.setStr(k, v);
  return d;
}

// ---- the module ---------------------------------------------------------------------------------

function intArg(v: PyValue | undefined, fn: string): number {
  if (v === undefined) throw pyTypeError(`${fn}() missing required argument`);
  const n = intValue(v);
  if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n);
}

defineNativeModule("posix", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "posix"));

  fn("stat", function* (args, kw): NativeGen {
    const [p, , follow] = bindArgs("stat", args, kw, ["path", "*dir_fd", "follow_symlinks"], 1);
    flushAllSync();
    if (isInt(p!) && typeof p !== "boolean") {
      const fd = Number(intValue(p!));
      return makeStatResult(fsSync(() => fs.fstatSync(fd, { bigint: true })));
    }
    const path = yield* fspathGen(p!, "stat", true);
    const doFollow = follow === undefined ? true : yield* isTrueGen(follow);
    return makeStatResult(fsSync(() => (doFollow ? fs.statSync(path.path, { bigint: true }) : fs.lstatSync(path.path, { bigint: true })), path.value));
  });
  fn("lstat", function* (args, kw): NativeGen {
    const [p] = bindArgs("lstat", args, kw, ["path", "*dir_fd"], 1);
    flushAllSync();
    const path = yield* fspathGen(p!, "lstat");
    return makeStatResult(fsSync(() => fs.lstatSync(path.path, { bigint: true }), path.value));
  });
  fn("fstat", (args) => {
    flushAllSync();
    const fd = intArg(args[0], "fstat");
    return makeStatResult(fsSync(() => fs.fstatSync(fd, { bigint: true })));
  });
  fn("listdir", function* (args, kw): NativeGen {
    const [p] = bindArgs("listdir", args, kw, ["path"]);
    const path = yield* pathArg(p, "listdir", ".");
    return new PyList(readDirNames(path.path, path.value).map((n) => nameOut(n, path.isBytes)));
  });
  fn("scandir", function* (args, kw): NativeGen {
    const [p] = bindArgs("scandir", args, kw, ["path"]);
    const path = yield* pathArg(p, "scandir", ".");
    const dir = fsSync(() => fs.opendirSync(path.path), path.value);
    return new ScandirIterator(dir, p === undefined || p === None ? "." : path.path, path.isBytes);
  });
  fn("mkdir", function* (args, kw): NativeGen {
    const [p, mode] = bindArgs("mkdir", args, kw, ["path", "mode", "*dir_fd"], 1);
    const path = yield* fspathGen(p!, "mkdir");
    const md = optInt(mode, "mkdir", 0o777);
    fsSync(() => fs.mkdirSync(path.path, { mode: md }), path.value);
    return None;
  });
  fn("rmdir", function* (args, kw): NativeGen {
    const [p] = bindArgs("rmdir", args, kw, ["path", "*dir_fd"], 1);
    const path = yield* fspathGen(p!, "rmdir");
    fsSync(() => fs.rmdirSync(path.path), path.value);
    return None;
  });
  const unlink: NativeFn = function* (args, kw): NativeGen {
    const [p] = bindArgs("remove", args, kw, ["path", "*dir_fd"], 1);
    const path = yield* fspathGen(p!, "remove");
    flushAllSync();
    fsSync(() => {
      try {
        fs.unlinkSync(path.path);
      } catch (e) {
        // Linux says EISDIR for a directory; Node may report EPERM
        if ((e as NodeJS.ErrnoException).code === "EPERM" && fs.statSync(path.path).isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
        throw e;
      }
    }, path.value);
    return None;
  };
  fn("remove", unlink);
  fn("unlink", unlink);
  const rename = (name: string): NativeFn =>
    function* (args, kw): NativeGen {
      const [a, b] = bindArgs(name, args, kw, ["src", "dst", "*src_dir_fd", "dst_dir_fd"], 2);
      const src = yield* fspathGen(a!, name);
      const dst = yield* fspathGen(b!, name);
      flushAllSync();
      fsSync(() => fs.renameSync(src.path, dst.path), src.value, dst.value);
      return None;
    };
  fn("rename", rename("rename"));
  fn("replace", rename("replace"));
  fn("chdir", function* (args): NativeGen {
    const path = yield* fspathGen(args[0] ?? None, "chdir");
    fsSync(() => process.chdir(path.path), path.value);
    return None;
  });
  fn("getcwd", () => process.cwd());
  fn("getcwdb", () => new PyBytes(encodeText(process.cwd(), "utf-8", "surrogateescape")));
  fn("getpid", () => process.pid);
  fn("getppid", () => process.ppid);
  fn("getuid", () => process.getuid?.() ?? 0);
  fn("geteuid", () => process.geteuid?.() ?? 0);
  fn("getgid", () => process.getgid?.() ?? 0);
  fn("getegid", () => process.getegid?.() ?? 0);
  fn("getlogin", () => nodeOs.userInfo().username);
  fn("cpu_count", () => nodeOs.cpus().length || None);
  // the CPUs this process may run on (worker-count heuristics); Node knows only how many
  fn("sched_getaffinity", () => {
    const n = nodeOs.availableParallelism?.() ?? nodeOs.cpus().length;
    return newSet(Array.from({ length: Math.max(n, 1) }, (_, i) => i));
  });
  fn("urandom", (args) => {
    const n = intArg(args[0], "urandom");
    if (n < 0) throw pyValueError("negative argument not allowed");
    return new PyBytes(new Uint8Array(crypto().randomBytes(n)));
  });
  fn("strerror", (args) => {
    const code = intArg(args[0], "strerror");
    for (const name of Object.keys(nodeOs.constants.errno)) {
      if ((nodeOs.constants.errno as Record<string, number>)[name] === code) return errnoOf(name, -code)[1];
    }
    return `Unknown error ${code}`;
  });
  fn("access", function* (args, kw): NativeGen {
    const [p, mode] = bindArgs("access", args, kw, ["path", "mode", "*dir_fd", "effective_ids", "follow_symlinks"], 2);
    const path = yield* fspathGen(p!, "access");
    try {
      fs.accessSync(path.path, optInt(mode, "access", 0));
      return true;
    } catch {
      return false;
    }
  });
  fn("chmod", function* (args, kw): NativeGen {
    const [p, mode] = bindArgs("chmod", args, kw, ["path", "mode", "*dir_fd", "follow_symlinks"], 2);
    const path = yield* fspathGen(p!, "chmod");
    fsSync(() => fs.chmodSync(path.path, optInt(mode, "chmod", 0)), path.value);
    return None;
  });
  fn("utime", function* (args, kw): NativeGen {
    const [p, times, ns] = bindArgs("utime", args, kw, ["path", "times", "*ns", "dir_fd", "follow_symlinks"], 1);
    const path = yield* fspathGen(p!, "utime");
    let at = Date.now() / 1000, mt = at;
    const secs = (v: PyValue) => (v instanceof PyFloat ? v.value : Number(intValue(v) ?? 0));
    if (times !== undefined && times !== None) {
      const items = (times as { items?: PyValue[] }).items;
      if (!items || items.length !== 2) throw pyTypeError("utime: 'times' must be either a tuple of two ints or None");
      at = secs(items[0]);
      mt = secs(items[1]);
    } else if (ns !== undefined) {
      const items = (ns as { items?: PyValue[] }).items ?? [];
      at = secs(items[0]) / 1e9;
      mt = secs(items[1]) / 1e9;
    }
    fsSync(() => fs.utimesSync(path.path, at, mt), path.value);
    return None;
  });
  fn("readlink", function* (args): NativeGen {
    const path = yield* fspathGen(args[0] ?? None, "readlink");
    return nameOut(fsSync(() => fs.readlinkSync(path.path), path.value), path.isBytes);
  });
  fn("symlink", function* (args): NativeGen {
    const src = yield* fspathGen(args[0] ?? None, "symlink");
    const dst = yield* fspathGen(args[1] ?? None, "symlink");
    fsSync(() => fs.symlinkSync(src.path, dst.path), src.value, dst.value);
    return None;
  });
  fn("link", function* (args): NativeGen {
    const src = yield* fspathGen(args[0] ?? None, "link");
    const dst = yield* fspathGen(args[1] ?? None, "link");
    fsSync(() => fs.linkSync(src.path, dst.path), src.value, dst.value);
    return None;
  });
  fn("truncate", function* (args): NativeGen {
    flushAllSync();
    if (isInt(args[0] ?? None)) {
      const fd = intArg(args[0], "truncate");
      fsSync(() => fs.ftruncateSync(fd, intArg(args[1], "truncate")));
      return None;
    }
    const path = yield* fspathGen(args[0] ?? None, "truncate");
    fsSync(() => fs.truncateSync(path.path, intArg(args[1], "truncate")), path.value);
    return None;
  });
  fn("ftruncate", (args) => {
    flushAllSync();
    fsSync(() => fs.ftruncateSync(intArg(args[0], "ftruncate"), intArg(args[1], "ftruncate")));
    return None;
  });
  fn("umask", (args) => process.umask(intArg(args[0], "umask")));
  fn("isatty", (args) => tty().isatty(intArg(args[0], "isatty")));
  fn("get_terminal_size", (args) => {
    const fd = args.length ? intArg(args[0], "get_terminal_size") : 1;
    const stream = fd === 0 ? process.stdin : fd === 2 ? process.stderr : process.stdout;
    const s = stream as Tty.WriteStream;
    if (!tty().isatty(fd) || !s.columns) throw osError(25, "Inappropriate ioctl for device");
    return new PyStructSeq([s.columns, s.rows], [], terminalSizeType);
  });
  fn("uname", () => new PyStructSeq([nodeOs.type(), nodeOs.hostname(), nodeOs.release(), nodeOs.version(), nodeOs.machine()], [], unameResultType));
  fn("times", () => {
    const u = process.cpuUsage();
    return new PyStructSeq([new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6), new PyFloat(0), new PyFloat(0), new PyFloat(process.uptime())], [], timesResultType);
  });
  fn("getloadavg", () => new PyTuple(nodeOs.loadavg().map((x) => new PyFloat(x))));
  fn("kill", (args) => {
    try {
      process.kill(intArg(args[0], "kill"), intArg(args[1], "kill"));
    } catch (e) {
      throw fsSync(() => {
        throw e;
      });
    }
    return None;
  });
  fn("system", function* (args): NativeGen {
    const cmd = strValue(args[0] ?? None);
    if (cmd === undefined) throw pyTypeError(`system() argument 'command' must be str, not ${typeName(args[0] ?? None)}`);
    interp().flushAll();
    const r = childProcess().spawnSync("/bin/sh", ["-c", cmd], { stdio: "inherit" });
    return r.status === null ? (r.signal ? 1 : 0) : r.status << 8;
  });
  fn("_environ", () => environDict());
  fn("putenv", (args) => {
    const k = strValue(args[0] ?? None), v = strValue(args[1] ?? None);
    if (k === undefined || v === undefined) throw pyTypeError("str expected");
    if (k === "" || k.includes("=")) throw pyValueError("illegal environment variable name");
    process.env[k] = v;
    return None;
  });
  fn("unsetenv", (args) => {
    const k = strValue(args[0] ?? None);
    if (k === undefined) throw pyTypeError("str expected");
    delete process.env[k];
    return None;
  });
  fn("fspath", function* (args, kw): NativeGen {
    const [p] = bindArgs("fspath", args, kw, ["path"], 1);
    return (yield* fspathGen(p!)).value;
  });
  // descriptor-level I/O. Node has no lseek, so the offset of a regular file opened here is
  // kept in fdOffsets and every read/write on it is positional (pread/pwrite).
  const fdOffsets = new Map<number, { pos: number; append: boolean }>();
  const isRegular = (fd: number) => {
    try {
      return fs.fstatSync(fd).isFile();
    } catch {
      return false;
    }
  };
  fn("open", function* (args, kw): NativeGen {
    const [p, flags, mode] = bindArgs("open", args, kw, ["path", "flags", "mode", "*dir_fd"], 2);
    const path = yield* fspathGen(p!, "open");
    flushAllSync();
    const fl = optInt(flags, "open", 0);
    const fd = fsSync(() => fs.openSync(path.path, fl, optInt(mode, "open", 0o777)), path.value);
    if (isRegular(fd)) fdOffsets.set(fd, { pos: 0, append: (fl & C.O_APPEND) !== 0 });
    return fd;
  });
  fn("close", (args) => {
    const fd = intArg(args[0], "close");
    fsSync(() => fs.closeSync(fd));
    fdOffsets.delete(fd);
    return None;
  });
  fn("read", function* (args): NativeGen {
    const fd = intArg(args[0], "read");
    const n = intArg(args[1], "read");
    if (n < 0) throw pyValueError("negative argument not allowed");
    const buf = new Uint8Array(n);
    const off = fdOffsets.get(fd);
    const got = yield* awaitIO(() => new Promise<number>((res, rej) => fs.read(fd, buf, 0, n, off ? off.pos : null, (e, k) => (e ? rej(e) : res(k)))));
    if (off) off.pos += got;
    return new PyBytes(buf.slice(0, got));
  });
  fn("write", function* (args): NativeGen {
    const fd = intArg(args[0], "write");
    const data = (args[1] as { bytes?: Uint8Array }).bytes;
    if (!(data instanceof Uint8Array)) throw pyTypeError(`a bytes-like object is required, not '${typeName(args[1] ?? None)}'`);
    if (fd === 1 || fd === 2) interp().flushAll();
    const copy = data.slice();
    const off = fdOffsets.get(fd);
    const put = yield* awaitIO(() => new Promise<number>((res, rej) => fs.write(fd, copy, 0, copy.length, off && !off.append ? off.pos : null, (e, k) => (e ? rej(e) : res(k)))));
    if (off) off.pos = off.append ? fs.fstatSync(fd).size : off.pos + put;
    return put;
  });
  fn("lseek", (args, kw) => {
    const [fdV, posV, howV] = bindArgs("lseek", args, kw, ["fd", "position", "how"], 3);
    const fd = intArg(fdV, "lseek");
    const pos = intArg(posV, "lseek");
    const how = intArg(howV, "lseek");
    let off = fdOffsets.get(fd);
    const size = () => fsSync(() => fs.fstatSync(fd).size);
    if (off === undefined) {
      // a descriptor not opened by os.open: its offset is unknown unless the seek sets it
      if (!isRegular(fd)) {
        size(); // EBADF for a closed descriptor
        throw osError(29, "Illegal seek");
      }
      if (how === 1) throw osError(29, `Illegal seek (pygil: the offset of fd ${fd} is not tracked)`);
      off = { pos: 0, append: false };
      fdOffsets.set(fd, off);
    }
    const base = how === 0 ? 0 : how === 1 ? off.pos : how === 2 ? size() : NaN;
    if (Number.isNaN(base)) throw osError(22, "Invalid argument");
    if (base + pos < 0) throw osError(22, "Invalid argument");
    off.pos = base + pos;
    return off.pos;
  });
  fn("fsync", (args) => {
    flushAllSync();
    fsSync(() => fs.fsyncSync(intArg(args[0], "fsync")));
    return None;
  });
  fn("device_encoding", () => None);
  // shutil.disk_usage: (total, used, free) bytes
  fn("_disk_usage", function* (args): NativeGen {
    const path = yield* fspathGen(args[0] ?? None, "disk_usage");
    const st = fsSync(() => fs.statfsSync(path.path), path.value);
    const total = st.blocks * st.bsize;
    const free = st.bavail * st.bsize;
    const used = (st.blocks - st.bfree) * st.bsize;
    return new PyTuple([total, used, free]);
  });

  d.setStr("stat_result", statResultType);
  d.setStr("terminal_size", terminalSizeType);
  d.setStr("uname_result", unameResultType);
  d.setStr("times_result", timesResultType);
  d.setStr("DirEntry", dirEntryType);
  const C = fs.constants;
  const ints: Record<string, number> = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    O_RDONLY: C.O_RDONLY, O_WRONLY: C.O_WRONLY, O_RDWR: C.O_RDWR, O_APPEND: C.O_APPEND, O_CREAT: C.O_CREAT,
    O_EXCL: C.O_EXCL, O_TRUNC: C.O_TRUNC, O_NONBLOCK: C.O_NONBLOCK ?? 2048, O_SYNC: C.O_SYNC ?? 1052672,
    O_NOFOLLOW: C.O_NOFOLLOW ?? 131072, O_DIRECTORY: C.O_DIRECTORY ?? 65536, O_CLOEXEC: 524288, O_ACCMODE: 3,
    SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, EX_OK: 0, WNOHANG: 1, TMP_MAX: 238328,
  };
  for (const [k, v] of Object.entries(ints)) d.setStr(k, v);
  d.setStr("error", Exc.OSError);
});
