// The deadlock report. Where every thread waits on a lock, condition, event or join and no timer
// or I/O can wake any, CPython hangs forever; pygil says which thread waits for what and where,
// and the program ends with status 1.
import { sep } from "node:path";
import type { PyValue } from "../objects/object.js";
import { PyModule } from "../objects/module.js";
import { PyDict } from "../objects/dict.js";
import { PyInstance } from "../objects/instance.js";
import type { Frame } from "./frame.js";
import type { PyThread } from "./thread.js";
import type { Interpreter } from "./interpreter.js";
import { sourceLine } from "./traceback.js";
import { stdlibDir } from "./imports.js";

/** What a lock wait carries (see _thread.ts: LockWait). */
interface LockLike {
  locked?: boolean;
  holder?: PyThread | null;
  owner?: number;
  count?: number;
}

export function formatDeadlock(interp: Interpreter, threads: PyThread[]): string {
  const ordered = [...threads].sort((a, b) => (a.isMain ? -1 : b.isMain ? 1 : a.ident - b.ident));
  const names = new Names(interp);
  const out = [
    `Deadlock: every thread is waiting and nothing can wake any of them (CPython would hang here).\n`,
  ];
  for (const t of ordered) {
    const where = waitSite(t.frame);
    out.push(`Thread ${names.quoted(t)} ${describeWait(t, where, names)}\n`);
    if (where.user) {
      const f = where.user;
      out.push(`  File "${f.code.filename}", line ${f.lineno}, in ${f.code.name}\n`);
      const src = sourceLine(interp, f.code.filename, f.lineno);
      if (src !== null && src.trim() !== "") out.push(`    ${src.trim()}\n`);
    }
  }
  return out.join("");
}

interface WaitSite {
  /** The innermost frame of the program itself (not of the stdlib's threading modules). */
  user: Frame | null;
  /** The stdlib frame the program called (Thread.join, Queue.get …), if any. */
  api: Frame | null;
  /** A Thread.join frame on the way (the thread it joins is the one waited for). */
  join: Frame | null;
}

function waitSite(innermost: Frame | null): WaitSite {
  const lib = stdlibDir() + sep;
  let api: Frame | null = null;
  let join: Frame | null = null;
  for (let f = innermost; f; f = f.back) {
    if (f.gen !== null || f.code.filename.startsWith("<")) continue;
    if (f.code.filename.startsWith(lib)) {
      api = f;
      if (join === null && f.code.qualname === "Thread.join") join = f;
      continue;
    }
    return { user: f, api, join };
  }
  return { user: null, api, join };
}

function describeWait(t: PyThread, where: WaitSite, names: Names): string {
  const req = t.blockedOn;
  const api = where.api;
  if (api !== null) {
    const qual = api.code.qualname;
    const target = where.join ? names.ofThreadObject(where.join.regs[0]) ?? "a thread" : null;
    if (qual === "_shutdown" && where.user === null) {
      return `waits at the end of the program (threading._shutdown)${target ? ` for ${target} to finish` : ""}`;
    }
    if (qual === "Thread.join") return `waits in Thread.join() for ${target} to finish`;
    return `waits in ${qual}()`;
  }
  if (req === null) return "waits";
  const lock = (req as unknown as { lock?: LockLike }).lock;
  if (lock !== undefined) {
    const kind = lock.owner !== undefined ? "an RLock" : "a lock";
    let by = "";
    if (lock.owner !== undefined && lock.owner !== 0) by = ` held by ${names.ofIdent(lock.owner)}`;
    else if (lock.holder) by = ` taken by ${names.quoted(lock.holder)}`;
    return `waits to acquire ${kind}${by}`;
  }
  return `waits for ${req.reason}`;
}

/** Thread names from threading._active ({ident: Thread}), else the ident. */
class Names {
  private readonly active: PyDict | null;
  constructor(private readonly interp: Interpreter) {
    const threading = interp.modules.getStr("threading");
    const active = threading instanceof PyModule ? threading.dict.getStr("_active") : undefined;
    this.active = active instanceof PyDict ? active : null;
  }

  ofIdent(ident: number): string {
    const thread = this.active?.get(ident);
    const name = thread !== undefined ? nameAttr(thread) : undefined;
    if (name !== undefined) return `'${name}'`;
    if (ident === this.interp.mainThread.ident) return `'MainThread'`;
    for (const t of this.interp.scheduler.liveThreads()) if (t.ident === ident) return `thread ${ident}`;
    return `a thread that has ended (ident ${ident})`;
  }

  quoted(t: PyThread): string {
    return this.ofIdent(t.ident);
  }

  ofThreadObject(v: PyValue | undefined): string | undefined {
    const name = v !== undefined ? nameAttr(v) : undefined;
    return name !== undefined ? `'${name}'` : undefined;
  }
}

function nameAttr(v: PyValue): string | undefined {
  if (!(v instanceof PyInstance) || v.dict === null) return undefined;
  const n = v.dict.getStr("_name");
  return typeof n === "string" ? n : undefined;
}
