// hashlib over node:crypto: md5, sha1, sha2, sha3, shake; blake2b/blake2s with all their
// parameters from blake2.ts; update/digest/hexdigest/copy, name/digest_size/block_size, new(),
// pbkdf2_hmac, file_digest; CPython's messages.
import { createHash, pbkdf2Sync, scryptSync, type Hash } from "node:crypto";
import type { PyValue } from "../objects/object.js";
import { PyObject } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { PyBytes } from "../objects/bytes.js";
import { bytesLike } from "../objects/bytes-methods.js";
import { defineGetter, defineMethods, defineStaticMethod, nativeFunction } from "../objects/function.js";
import { strValue } from "../objects/str.js";
import { intValue } from "../objects/int.js";
import { PyTuple } from "../objects/tuple.js";
import { None } from "../objects/singletons.js";
import { typeName } from "../objects/typeof.js";
import { callGen } from "../objects/call.js";
import { getAttrGen } from "../objects/attr.js";
import { idOf } from "../objects/identity.js";
import type { NativeFn, NativeGen } from "../objects/native.js";
import { pyTypeError, pyValueError, newException, Exc } from "../objects/exceptions.js";
import { defineNativeModule } from "../vm/native-modules.js";
import { bindArgs } from "./native-args.js";
import { hexOf } from "./binascii.js";
import { newBlake2, BLAKE2_SIZES, type Blake2, type Blake2Params } from "./blake2.js";
import type { KwArgs } from "../objects/object.js";

interface Algo {
  node: string;
  digestSize: number;
  blockSize: number;
  xof?: boolean;
}

const ALGOS: Record<string, Algo> = {
  md5: { node: "md5", digestSize: 16, blockSize: 64 },
  sha1: { node: "sha1", digestSize: 20, blockSize: 64 },
  sha224: { node: "sha224", digestSize: 28, blockSize: 64 },
  sha256: { node: "sha256", digestSize: 32, blockSize: 64 },
  sha384: { node: "sha384", digestSize: 48, blockSize: 128 },
  sha512: { node: "sha512", digestSize: 64, blockSize: 128 },
  sha512_224: { node: "sha512-224", digestSize: 28, blockSize: 128 },
  sha512_256: { node: "sha512-256", digestSize: 32, blockSize: 128 },
  sha3_224: { node: "sha3-224", digestSize: 28, blockSize: 144 },
  sha3_256: { node: "sha3-256", digestSize: 32, blockSize: 136 },
  sha3_384: { node: "sha3-384", digestSize: 48, blockSize: 104 },
  sha3_512: { node: "sha3-512", digestSize: 64, blockSize: 72 },
  blake2b: { node: "blake2b512", digestSize: 64, blockSize: 128 },
  blake2s: { node: "blake2s256", digestSize: 32, blockSize: 64 },
  shake_128: { node: "shake128", digestSize: 0, blockSize: 168, xof: true },
  shake_256: { node: "shake256", digestSize: 0, blockSize: 136, xof: true },
  ripemd160: { node: "ripemd160", digestSize: 20, blockSize: 64 },
  sm3: { node: "sm3", digestSize: 32, blockSize: 64 },
};

const GUARANTEED = ["blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"];

function nodeSupports(name: string): boolean {
  try {
    createHash(name);
    return true;
  } catch {
    return false;
  }
}

/** Normalises a name the way hashlib.new accepts it ('SHA256', 'sha-256' …). */
function lookup(name: string): [string, Algo] {
  const key = name.toLowerCase().replace(/-/g, "_");
  const a = ALGOS[key] ?? (key === "sha_256" ? ALGOS.sha256 : undefined);
  if (!a || !nodeSupports(a.node)) throw pyValueError(`unsupported hash type ${name}`);
  return [key, a];
}

export const hashType = makeBuiltinType("HASH", undefined, { module: "_hashlib", baseType: false });
const hashXofType = makeBuiltinType("HASHXOF", hashType, { module: "_hashlib", baseType: false });

// CPython's blake2 objects are their own classes, _blake2.blake2b and _blake2.blake2s
const blake2Types = {
  blake2b: makeBuiltinType("blake2b", hashType, { module: "_blake2", baseType: false }),
  blake2s: makeBuiltinType("blake2s", hashType, { module: "_blake2", baseType: false }),
};

class PyHash extends PyObject {
  constructor(
    readonly name: string,
    readonly algo: Algo,
    public hash: Hash | Blake2,
    /** The digest size when it is a parameter (blake2). */
    readonly digestSize = algo.digestSize,
  ) {
    super(name === "blake2b" || name === "blake2s" ? blake2Types[name] : algo.xof ? hashXofType : hashType);
  }
}

/** hashlib.blake2b/blake2s(data, *, digest_size, key, salt, person, fanout, depth, leaf_size,
 * node_offset, node_depth, inner_size, last_node, usedforsecurity), checked as CPython does. */
function makeBlake2(kind: "blake2b" | "blake2s", args: PyValue[], kw: KwArgs): PyHash {
  const [data, digestSizeV, keyV, saltV, personV, fanoutV, depthV, leafV, offsetV, nodeDepthV, innerV, lastV, , stringV] = bindArgs(
    kind, args, kw,
    ["data", "*digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", "string"],
  );
  const sz = BLAKE2_SIZES[kind];
  const int = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    const n = intValue(v);
    if (n === undefined) throw pyTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
    return Number(n);
  };
  const bytesArg = (v: PyValue | undefined): Uint8Array => {
    if (v === undefined) return new Uint8Array(0);
    const b = bytesLike(v);
    if (b === undefined) throw pyTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
    return b;
  };
  const digestSize = int(digestSizeV, sz.maxDigest);
  if (digestSize < 1 || digestSize > sz.maxDigest) throw pyValueError(`digest_size must be between 1 and ${sz.maxDigest} bytes`);
  const key = bytesArg(keyV);
  if (key.length > sz.maxDigest) throw pyValueError(`maximum key length is ${sz.maxDigest} bytes`);
  const salt = bytesArg(saltV);
  if (salt.length > sz.saltPerson) throw pyValueError(`maximum salt length is ${sz.saltPerson} bytes`);
  const person = bytesArg(personV);
  if (person.length > sz.saltPerson) throw pyValueError(`maximum person length is ${sz.saltPerson} bytes`);
  const fanout = int(fanoutV, 1);
  if (fanout < 0 || fanout > 255) throw pyValueError("fanout must be between 0 and 255");
  const depth = int(depthV, 1);
  if (depth < 1 || depth > 255) throw pyValueError("depth must be between 1 and 255");
  const leafSize = int(leafV, 0);
  if (leafSize < 0) throw pyValueError("value must be positive");
  if (leafSize > 0xffffffff) throw newException(Exc.OverflowError, "leaf_size is too large");
  const offN = offsetV === undefined ? 0n : BigInt(intValue(offsetV) ?? int(offsetV, 0));
  if (offN < 0n) throw pyValueError("value must be positive");
  if (offN >= 1n << BigInt(8 * sz.nodeOffsetBytes)) throw newException(Exc.OverflowError, "node_offset is too large");
  const nodeDepth = int(nodeDepthV, 0);
  if (nodeDepth < 0 || nodeDepth > 255) throw pyValueError("node_depth must be between 0 and 255");
  const innerSize = int(innerV, 0);
  if (innerSize < 0 || innerSize > sz.maxDigest) throw pyValueError(`inner_size must be between 0 and is ${sz.maxDigest}`);
  const params: Blake2Params = {
    digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset: offN, nodeDepth, innerSize,
    lastNode: lastV !== undefined && lastV !== false && lastV !== None && lastV !== 0,
  };
  const h = new PyHash(kind, ALGOS[kind], newBlake2(kind, params), digestSize);
  const d = data ?? stringV;
  if (d !== undefined && d !== None) h.hash.update(hashData(d));
  return h;
}

function H(v: PyValue): PyHash {
  if (!(v instanceof PyHash)) throw pyTypeError(`descriptor requires a '_hashlib.HASH' object but received '${typeName(v)}'`);
  return v;
}

function hashData(v: PyValue): Uint8Array {
  if (strValue(v) !== undefined) throw pyTypeError("Strings must be encoded before hashing");
  const b = bytesLike(v);
  if (b === undefined) throw pyTypeError(`object supporting the buffer API required`);
  return b;
}

function digestOf(h: PyHash, lengthV: PyValue | undefined): Uint8Array {
  if (h.algo.xof) {
    const n = lengthV === undefined ? NaN : Number(intValue(lengthV));
    if (Number.isNaN(n)) throw pyTypeError("digest() missing required argument 'length' (pos 1)");
    if (n < 0) throw pyValueError("length must be non-negative");
    return new Uint8Array(h.hash.copy({ outputLength: n }).digest());
  }
  return new Uint8Array((h.hash as Hash).copy().digest());
}

defineMethods(hashType, {
  update: (args) => {
    const h = H(args[0]);
    h.hash.update(hashData(args[1] ?? None));
    return None;
  },
  digest: (args) => new PyBytes(digestOf(H(args[0]), args[1])),
  hexdigest: (args) => hexOf(digestOf(H(args[0]), args[1])),
  copy: (args) => {
    const h = H(args[0]);
    return new PyHash(h.name, h.algo, h.hash.copy(), h.digestSize);
  },
  __repr__: (args) => {
    const h = H(args[0]);
    if (h.name === "blake2b" || h.name === "blake2s") return `<_blake2.${h.name} object at 0x${idOf(h).toString(16)}>`;
    return `<${h.name} _hashlib.${h.type.name} object @ 0x${idOf(h).toString(16)}>`;
  },
});
defineGetter(hashType, "name", (v) => H(v).name);
defineGetter(hashType, "digest_size", (v) => H(v).digestSize);
defineGetter(hashType, "block_size", (v) => H(v).algo.blockSize);

function makeHash(name: string, data: PyValue | undefined): PyHash {
  const [key, algo] = lookup(name);
  const h = new PyHash(key, algo, createHash(algo.node));
  if (data !== undefined && data !== None) h.hash.update(hashData(data));
  return h;
}

defineNativeModule("_hashlib", (m) => {
  const d = m.dict;
  const fn = (name: string, f: NativeFn) => d.setStr(name, nativeFunction(name, f, "_hashlib"));
  d.setStr("HASH", hashType);
  d.setStr("HASHXOF", hashXofType);
  fn("new", (args, kw) => {
    const nameV = args[0] ?? kw?.get("name");
    const blake = nameV === undefined ? undefined : strValue(nameV)?.toLowerCase();
    if (blake === "blake2b" || blake === "blake2s") {
      // new("blake2b", data, digest_size=..., key=...) takes blake2's parameters too
      const rest = kw === null ? null : new Map([...kw].filter(([k]) => k !== "name"));
      return makeBlake2(blake, args.slice(1), rest);
    }
    const [name, data, , string] = bindArgs("new", args, kw, ["name", "data", "*usedforsecurity", "string"], 1);
    const s = strValue(name!);
    if (s === undefined) throw pyTypeError(`new() argument 'name' must be str, not ${typeName(name!)}`);
    return makeHash(s, data ?? string);
  });
  for (const algo of Object.keys(ALGOS)) {
    if (algo === "blake2b" || algo === "blake2s") {
      const kind = algo;
      d.setStr(algo, blake2Types[kind]);
      defineStaticMethod(blake2Types[kind], "__new__", (args, kw) => makeBlake2(kind, args.slice(1), kw));
      continue;
    }
    if (!nodeSupports(ALGOS[algo].node)) continue;
    fn(algo, (args, kw) => {
      const [data, , string] = bindArgs(algo, args, kw, ["data", "*usedforsecurity", "string"]);
      return makeHash(algo, data ?? string);
    });
  }
  const available = Object.keys(ALGOS).filter((a) => nodeSupports(ALGOS[a].node));
  d.setStr("openssl_md_meth_names", new PyTuple(available));
  d.setStr("_guaranteed", new PyTuple(GUARANTEED.filter((a) => available.includes(a))));
  fn("pbkdf2_hmac", (args, kw) => {
    const [hashName, password, salt, iterations, dklen] = bindArgs("pbkdf2_hmac", args, kw, ["hash_name", "password", "salt", "iterations", "dklen"], 4);
    const [key, algo] = lookup(strValue(hashName!) ?? "");
    const iters = Number(intValue(iterations!) ?? 0);
    if (iters < 1) throw pyValueError("iteration value must be greater than 0.");
    const len = dklen === undefined || dklen === None ? algo.digestSize : Number(intValue(dklen));
    if (len < 1) throw pyValueError("key length must be greater than 0.");
    void key;
    return new PyBytes(new Uint8Array(pbkdf2Sync(hashData(password!), hashData(salt!), iters, len, algo.node)));
  });
  fn("scrypt", (args, kw) => {
    const [password, salt, n, r, p, , dklen] = bindArgs("scrypt", args, kw, ["password", "*salt", "n", "r", "p", "maxmem", "dklen"], 1);
    const out = scryptSync(hashData(password!), hashData(salt ?? None), Number(intValue(dklen ?? 64) ?? 64), {
      N: Number(intValue(n ?? 16384)), r: Number(intValue(r ?? 8)), p: Number(intValue(p ?? 1)), maxmem: 2 ** 30,
    });
    return new PyBytes(new Uint8Array(out));
  });
  fn("file_digest", function* (args, kw): NativeGen {
    const [fileobj, digest] = bindArgs("file_digest", args, kw, ["fileobj", "digest"], 2);
    const s = strValue(digest!);
    const h = s !== undefined ? makeHash(s, undefined) : yield* callGen(digest!, []);
    const read = yield* getAttrGen(fileobj!, "read");
    const update = yield* getAttrGen(h, "update");
    for (;;) {
      const chunk = yield* callGen(read, [262144]);
      const b = bytesLike(chunk);
      if (!b || b.length === 0) break;
      yield* callGen(update, [chunk]);
    }
    return h;
  });
});
