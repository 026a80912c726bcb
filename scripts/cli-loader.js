// pygil's command (copied to dist/cli.js by scripts/build.mjs). It loads the bundled CLI,
// dist/pygil-cli.cjs, through V8's code cache, so that start-up does not compile a megabyte of
// JavaScript again on every run (issue 7: `pygil -c pass` in at most 100 ms). The cache is
// written on the first run into PYGIL_CACHE_DIR (default ~/.cache/pygil); V8 checks it against
// the bundle and its own version and flags, and a rejected cache is made again.
// PYGIL_NO_CACHE=1 turns caching off.
import { createRequire } from "node:module";

// Node's modules through require: importing node:fs as an ES module would load all of node:stream
const require = createRequire(import.meta.url);
const { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const { fileURLToPath } = require("node:url");
const { Script } = require("node:vm");

const bundle = join(dirname(fileURLToPath(import.meta.url)), "pygil-cli.cjs");
const source = readFileSync(bundle, "utf8");
const useCache = process.env.PYGIL_NO_CACHE !== "1";
const cacheDir = process.env.PYGIL_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "pygil");
const stat = statSync(bundle);
const cacheName = `cli-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.v8`;
const cacheFile = join(cacheDir, cacheName);

let cachedData;
if (useCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
}
// the CommonJS module wrapper, on the bundle's first line so that line numbers stay right
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (useCache && (cachedData === undefined || script.cachedDataRejected)) {
  // at exit the cache also holds the functions this run compiled lazily
  process.once("exit", () => {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
      for (const f of readdirSync(cacheDir)) {
        if (f.startsWith("cli-") && f.endsWith(".v8") && f !== cacheName) rmSync(join(cacheDir, f), { force: true });
      }
    } catch {
      // no cache: the next start compiles again
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
