// The HTTP core under urllib.request and requests (module _pygil_http): one request over Node's
// http/https, the calling Python thread parked until the status line and headers arrive, then
// the body read in pieces as it comes (read(n) parks only that thread). Timeouts as CPython's
// sockets have them: one for connecting, one for each wait on data. Failures are OSError
// subclasses tagged with the phase they happened in (`_pygil_phase`: connect/read) so the
// Python layers can wrap them the way urllib and requests do.
import type * as Http from "node:http";
import type * as Https from "node:https";
import type * as Zlib from "node:zlib";
import type { Readable } from "node:stream";
import type { PyValue } from "../../objects/object.js";
import { PyObject } from "../../objects/object.js";
import { PyType, makeBuiltinType, typeType } from "../../objects/type.js";
import { PyBytes } from "../../objects/bytes.js";
import { bytesLike } from "../../objects/bytes-methods.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import { None } from "../../objects/singletons.js";
import { strValue } from "../../objects/str.js";
import { intValue } from "../../objects/int.js";
import { defineGetter, defineMethods, nativeFunction } from "../../objects/function.js";
import { toArrayGen } from "../../objects/iter.js";
import { isTrueGen } from "../../objects/ops.js";
import type { NativeGen } from "../../objects/native.js";
import { Exc, PyBaseException, newException, pyTypeError, pyValueError, setExcAttr } from "../../objects/exceptions.js";
import { defineNativeModule } from "../../vm/native-modules.js";
import { awaitIO, errnoOf, osError } from "../io/host.js";
import { optSeconds, sizeArg } from "../native-args.js";
import { joinChunks } from "../io/raw.js";
import { lazyNode } from "../../vm/node-lazy.js";

// loaded by the first request, not when pygil starts
const http = lazyNode<typeof Http>("node:http");
const https = lazyNode<typeof Https>("node:https");
const zlib = lazyNode<typeof Zlib>("node:zlib");

/** socket.gaierror: name resolution failures ("[Errno -2] Name or service not known"). */
export const gaierrorType = new PyType(typeType, "gaierror", [Exc.OSError], { module: "socket" });

let agentPair: { http: Http.Agent; https: Https.Agent } | null = null;

function agents(): { http: Http.Agent; https: Https.Agent } {
  if (agentPair === null) {
    agentPair = { http: new (http().Agent)({ keepAlive: true }), https: new (https().Agent)({ keepAlive: true }) };
    // keep-alive sockets must not keep the program running once Python is done
    for (const a of [agentPair.http, agentPair.https]) {
      a.on("free", (socket) => socket.unref());
    }
  }
  return agentPair;
}

function tagged(e: PyBaseException, phase: string, kind?: string): PyBaseException {
  setExcAttr(e, "_pygil_phase", phase);
  if (kind) setExcAttr(e, "_pygil_kind", kind);
  return e;
}

/** A Node network error as the Python exception a socket would raise. */
function netError(err: NodeJS.ErrnoException, phase: string): PyBaseException {
  if (err instanceof PyBaseException) return err;
  const code = err.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_NONAME") {
    const e = newException(gaierrorType, -2, "Name or service not known");
    setExcAttr(e, "errno", -2);
    setExcAttr(e, "strerror", "Name or service not known");
    return tagged(e, "connect", "dns");
  }
  if (code === "EAI_AGAIN") {
    const e = newException(gaierrorType, -3, "Temporary failure in name resolution");
    setExcAttr(e, "errno", -3);
    setExcAttr(e, "strerror", "Temporary failure in name resolution");
    return tagged(e, "connect", "dns");
  }
  if (code === "ECONNRESET" && err.message === "socket hang up") {
    return tagged(newException(Exc.ConnectionResetError, "Remote end closed connection without response"), phase, "remote_disconnected");
  }
  if (code === "ERR_UNESCAPED_CHARACTERS" || code === "ERR_INVALID_CHAR" || code === "ERR_INVALID_HTTP_TOKEN") {
    return tagged(newException(Exc.ValueError, err.message), phase, "invalid");
  }
  if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "DEPTH_ZERO_SELF_SIGNED_CERT" || code === "SELF_SIGNED_CERT_IN_CHAIN") {
    return tagged(newException(Exc.OSError, `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: ${err.message}`), phase, "ssl");
  }
  if (code.startsWith("E") && /^E[A-Z]+$/.test(code)) {
    const [errno, strerror] = errnoOf(code, err.errno);
    return tagged(osError(errno, strerror), phase);
  }
  return tagged(newException(Exc.OSError, err.message || String(err)), phase);
}

function timeoutError(phase: string): PyBaseException {
  return tagged(newException(Exc.TimeoutError, "timed out"), phase, "timeout");
}

export const responseHandleType = makeBuiltinType("HTTPHandle", undefined, { module: "_pygil_http", baseType: false });

/** One response in flight: status and headers, and the body as it arrives. */
class PyHTTPHandle extends PyObject {
  status = 0;
  reason = "";
  version = 11;
  rawHeaders: string[] = [];
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private error: PyBaseException | null = null;
  private waiter: (() => void) | null = null;
  private paused = false;
  closed = false;
  constructor(
    private readonly req: Http.ClientRequest,
    private body: Readable | null,
  ) {
    super(responseHandleType);
  }

  attach(body: Readable): void {
    this.body = body;
    body.on("data", (d: Buffer) => {
      this.chunks.push(new Uint8Array(d.buffer, d.byteOffset, d.length));
      this.buffered += d.length;
      if (this.buffered > 4 << 20 && !this.paused) {
        this.paused = true;
        body.pause();
      }
      this.poke();
    });
    body.on("end", () => {
      this.ended = true;
      this.poke();
    });
    body.on("error", (e: NodeJS.ErrnoException) => {
      this.fail(e.code === "Z_DATA_ERROR" || e.code === "Z_BUF_ERROR" ? tagged(newException(Exc.OSError, `Received response with content-encoding, but failed to decode it.`), "read", "decode") : netError(e, "read"));
    });
    body.on("close", () => {
      if (!this.ended && !this.error) {
        const complete = (body as Http.IncomingMessage).complete;
        if (complete === false) this.fail(tagged(newException(Exc.ConnectionResetError, "Connection broken: IncompleteRead"), "read", "incomplete"));
        else {
          this.ended = true;
          this.poke();
        }
      }
    });
  }

  fail(e: PyBaseException): void {
    if (!this.error) this.error = e;
    this.poke();
  }

  private poke(): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) w();
  }

  private take(n: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (this.chunks.length && (n < 0 || got < n)) {
      const c = this.chunks[0];
      const want = n < 0 ? c.length : Math.min(c.length, n - got);
      if (want === c.length) {
        parts.push(c);
        this.chunks.shift();
      } else {
        parts.push(c.subarray(0, want));
        this.chunks[0] = c.subarray(want);
      }
      got += want;
    }
    this.buffered -= got;
    if (this.paused && this.buffered < 1 << 20) {
      this.paused = false;
      this.body?.resume();
    }
    return joinChunks(parts, got);
  }

  /** Parks the thread until more of the body (or its end) arrives. */
  private *wait(): NativeGen<void> {
    // the socket keeps the program alive only while a thread waits on it
    const socket = this.req.socket;
    socket?.ref();
    try {
      yield* awaitIO(() => new Promise<void>((resolve) => (this.waiter = resolve)), (e) => e);
    } finally {
      socket?.unref();
    }
  }

  /** read(n): n bytes, fewer only at the end; n < 0: everything. */
  *read(n: number): NativeGen<Uint8Array> {
    for (;;) {
      if (this.closed) return new Uint8Array(0);
      if (n >= 0 && this.buffered >= n) return this.take(n);
      if (this.ended) return this.take(n);
      if (this.error) {
        if (this.buffered > 0 && n !== 0) return this.take(n);
        throw this.error;
      }
      yield* this.wait();
    }
  }

  /** read1(n): whatever has arrived (at least one byte unless at the end), at most n. */
  *read1(n: number): NativeGen<Uint8Array> {
    for (;;) {
      if (this.closed) return new Uint8Array(0);
      if (this.buffered > 0) return this.take(n);
      if (this.ended) return new Uint8Array(0);
      if (this.error) throw this.error;
      yield* this.wait();
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.chunks = [];
    this.buffered = 0;
    if (!this.ended) {
      // drop the rest of the body: the connection can't be reused
      this.req.destroy();
    }
  }
}

function H(v: PyValue): PyHTTPHandle {
  if (!(v instanceof PyHTTPHandle)) throw pyTypeError("expected an HTTP handle");
  return v;
}

defineMethods(responseHandleType, {
  read: function* (args): NativeGen {
    return new PyBytes(yield* H(args[0]).read(sizeArg(args[1])));
  },
  read1: function* (args): NativeGen {
    return new PyBytes(yield* H(args[0]).read1(sizeArg(args[1])));
  },
  close: (args) => {
    H(args[0]).close();
    return None;
  },
});
defineGetter(responseHandleType, "status", (v) => H(v).status);
defineGetter(responseHandleType, "reason", (v) => H(v).reason);
defineGetter(responseHandleType, "version", (v) => H(v).version);
defineGetter(responseHandleType, "closed", (v) => H(v).closed);
defineGetter(responseHandleType, "headers", (v) => {
  const raw = H(v).rawHeaders;
  const out: PyValue[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push(new PyTuple([raw[i], raw[i + 1]]));
  return new PyList(out);
});

interface RequestSpec {
  method: string;
  scheme: string;
  host: string;
  port: number | null;
  path: string;
  headers: [string, string][];
  body: Uint8Array | null;
  connectTimeout: number | undefined;
  readTimeout: number | undefined;
  decompress: boolean;
  verify: boolean;
}

/**
 * Starts the request; resolves once the status line and headers are in. A kept-alive socket
 * the server closed just as we reused it fails with ECONNRESET before any response: that request
 * is sent again once on a fresh connection (what Node's docs advise, and urllib3 does in effect).
 */
function startRequest(spec: RequestSpec, retried = false): Promise<PyHTTPHandle> {
  return new Promise((resolve, reject) => {
    const mod = spec.scheme === "https" ? https() : http();
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of spec.headers) {
      const prev = headers[k];
      if (prev === undefined) headers[k] = v;
      else headers[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    let phase = "connect";
    let settled = false;
    let handle: PyHTTPHandle | null = null;
    let connectTimer: NodeJS.Timeout | null = null;
    const fail = (e: PyBaseException) => {
      if (connectTimer) clearTimeout(connectTimer);
      if (!settled) {
        settled = true;
        reject(e);
      } else handle?.fail(e);
    };
    let req: Http.ClientRequest;
    try {
      req = mod.request({
        method: spec.method,
        host: spec.host,
        port: spec.port ?? undefined,
        path: spec.path,
        headers,
        agent: spec.scheme === "https" ? agents().https : agents().http,
        rejectUnauthorized: spec.verify,
        setHost: !spec.headers.some(([k]) => k.toLowerCase() === "host"),
      } as Https.RequestOptions);
    } catch (e) {
      reject(netError(e as NodeJS.ErrnoException, "connect"));
      return;
    }
    if (spec.connectTimeout !== undefined) {
      connectTimer = setTimeout(() => {
        req.destroy();
        fail(timeoutError("connect"));
      }, Math.max(0, spec.connectTimeout * 1000));
    }
    const connected = (socket: import("node:net").Socket) => {
      if (connectTimer) clearTimeout(connectTimer);
      connectTimer = null;
      phase = "read";
      if (spec.readTimeout !== undefined) {
        socket.setTimeout(Math.max(1, spec.readTimeout * 1000), () => {
          req.destroy();
          fail(timeoutError("read"));
        });
      }
    };
    req.on("socket", (socket) => {
      socket.ref();
      const connecting = (socket as { connecting?: boolean }).connecting;
      if (connecting) socket.once(spec.scheme === "https" ? "secureConnect" : "connect", () => connected(socket));
      else connected(socket);
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (!settled && !retried && req.reusedSocket && e.code === "ECONNRESET") {
        settled = true;
        if (connectTimer) clearTimeout(connectTimer);
        startRequest(spec, true).then(resolve, reject);
        return;
      }
      fail(netError(e, phase));
    });
    req.on("response", (res) => {
      if (connectTimer) clearTimeout(connectTimer);
      // an unread body must not keep the program running: ref'd again only while read
      res.socket?.unref();
      const h = new PyHTTPHandle(req, null);
      handle = h;
      h.status = res.statusCode ?? 0;
      h.reason = res.statusMessage ?? "";
      h.version = res.httpVersion === "1.0" ? 10 : 11;
      h.rawHeaders = res.rawHeaders;
      let body: Readable = res;
      const enc = (res.headers["content-encoding"] ?? "").toString().trim().toLowerCase();
      const noBody = spec.method === "HEAD" || h.status === 204 || h.status === 304;
      if (spec.decompress && !noBody) {
        if (enc === "gzip" || enc === "x-gzip") body = res.pipe(zlib().createGunzip());
        else if (enc === "deflate") body = res.pipe(zlib().createInflate());
        if (body !== res) res.on("error", (e: NodeJS.ErrnoException) => h.fail(netError(e, "read")));
      }
      h.attach(body);
      res.on("end", () => {
        // the socket goes back to the pool: its read timeout must not fire there
        res.socket?.setTimeout(0);
      });
      settled = true;
      resolve(h);
    });
    if (spec.body && spec.body.length) req.end(Buffer.from(spec.body.buffer, spec.body.byteOffset, spec.body.length));
    else req.end();
  });
}

function str(v: PyValue | undefined, what: string): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) throw pyTypeError(`${what} must be str`);
  return s;
}

defineNativeModule("_pygil_http", (m) => {
  const d = m.dict;
  d.setStr("gaierror", gaierrorType);
  d.setStr("HTTPHandle", responseHandleType);
  // request(method, scheme, host, port, path, headers, body, connect_timeout, read_timeout, decompress, verify)
  d.setStr("request", nativeFunction("request", function* (args): NativeGen {
    const headerItems = yield* toArrayGen(args[5] ?? new PyList([]));
    const headers: [string, string][] = [];
    for (const it of headerItems) {
      const pair = yield* toArrayGen(it);
      headers.push([str(pair[0], "header name"), str(pair[1], "header value")]);
    }
    const bodyV = args[6] ?? None;
    let body: Uint8Array | null = null;
    if (bodyV !== None) {
      body = bytesLike(bodyV) ?? null;
      if (body === null) throw pyTypeError(`body must be bytes, not ${(bodyV as PyObject).type?.name ?? typeof bodyV}`);
    }
    const portV = args[3] ?? None;
    const spec: RequestSpec = {
      method: str(args[0], "method"),
      scheme: str(args[1], "scheme"),
      host: str(args[2], "host"),
      port: portV === None ? null : Number(intValue(portV)),
      path: str(args[4], "path"),
      headers,
      body,
      connectTimeout: optSeconds(args[7]),
      readTimeout: optSeconds(args[8]),
      decompress: args[9] === undefined ? false : yield* isTrueGen(args[9]),
      verify: args[10] === undefined ? true : yield* isTrueGen(args[10]),
    };
    if (spec.port !== null && (spec.port < 0 || spec.port > 65535)) throw pyValueError("port must be 0-65535.");
    return yield* awaitIO(() => startRequest(spec), (e) => e, "http");
  }, "_pygil_http"));
});
