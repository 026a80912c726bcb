// Bundles pygil into dist/ with esbuild (type checking is separate: `npm run typecheck`).
//
//   dist/cli.js         the `pygil` command: a small loader (scripts/cli-loader.js) that runs
//   dist/pygil-cli.cjs  the whole CLI in one CommonJS file (chevrotain and commander included),
//                       through V8's code cache — start-up reads one file and compiles nothing
//                       it compiled before (issue 7: `pygil -c pass` ≤ 100 ms)
//   dist/index.js       the embedding API, an ES module (dependencies stay external)
//
// Usage: node scripts/build.mjs [OUTDIR]   (default dist; tests build into a temporary one)
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Names this build's compiled-code cache (src/compiler/code-cache.ts): a hash of the sources. */
function buildId() {
  const h = createHash("sha1");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".ts")) h.update(p.slice(root.length) + "\0").update(readFileSync(p));
    }
  };
  walk(join(root, "src"));
  h.update(readFileSync(join(root, "package.json")));
  return h.digest("hex").slice(0, 16);
}

/**
 * Node's built-in modules that cost start-up time (tty, crypto, stream, http …) load on first
 * use: an import of one becomes a proxy that requires the module when a property is read. So
 * native modules may import what they need at the top of their files without slowing
 * `pygil -c pass` (issue 7). The proxy lists the module's names (taken here, at build time) so
 * that esbuild's namespace-import helper can copy them without loading anything.
 */
const LAZY_BUILTINS = [
  "async_hooks", "child_process", "crypto", "dgram", "diagnostics_channel", "dns", "http", "http2", "https",
  "inspector", "net", "perf_hooks", "querystring", "readline", "stream", "string_decoder", "tls", "tty", "v8",
  "worker_threads", "zlib",
];
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join("|")})$`);
    b.onResolve({ filter }, (args) =>
      // the proxy's own require is the real module
      args.namespace === "lazy-builtin" ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ""), namespace: "lazy-builtin" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => {
      const keys = Object.getOwnPropertyNames(nodeRequire(`node:${args.path}`));
      return {
        contents: `"use strict";
const keys = ${JSON.stringify(keys)};
let mod;
const load = () => (mod ??= require("node:${args.path}"));
module.exports = new Proxy({}, {
  get: (_, k) => load()[k],
  set: (_, k, v) => ((load()[k] = v), true),
  has: (_, k) => k in load(),
  ownKeys: () => keys,
  getOwnPropertyDescriptor: (_, k) => (keys.includes(k) ? { configurable: true, enumerable: true, writable: true, value: undefined } : undefined),
  getPrototypeOf: () => Object.prototype,
});
`,
        loader: "js",
      };
    });
  },
};
const nodeRequire = createRequire(import.meta.url);

/**
 * The parser (with the lexer and chevrotain) is evaluated the first time something is parsed,
 * not when pygil starts: with compiled code cached, a run may never parse at all, and building
 * the lexer's and parser's tables is a good part of start-up. The runtime and the CLI import
 * parseModule from parser/parse.js or parser/index.js; in the bundle those imports get a stub
 * that requires the real module on the first call.
 */
const lazyParser = {
  name: "lazy-parser",
  setup(b) {
    const inside = (p) => /[\\/]src[\\/](parser|lexer)[\\/]/.test(p);
    b.onResolve({ filter: /[\\/]parser[\\/](parse|index)\.js$/ }, (args) =>
      inside(args.importer) ? undefined : { path: args.path.endsWith("index.js") ? "index" : "parse", namespace: "lazy-parser" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-parser" }, (args) => {
      const dir = join(root, "src/parser");
      const lines = [
        "let real;",
        `const load = () => (real ??= require(${JSON.stringify(join(dir, "parse.ts"))}));`,
        "export function parseModule(source, filename) { return load().parseModule(source, filename); }",
        "export function parseExpressionInput(source, filename) { return load().parseExpressionInput(source, filename); }",
      ];
      if (args.path === "index") {
        lines.push(`export { dumpAst } from ${JSON.stringify(join(dir, "dump.ts"))};`);
        lines.push(`export { formatSyntaxError } from ${JSON.stringify(join(dir, "report.ts"))};`);
      }
      return { contents: lines.join("\n"), loader: "js", resolveDir: dir };
    });
  },
};

export async function buildAll(outdir = join(root, "dist")) {
  mkdirSync(outdir, { recursive: true });
  const common = { bundle: true, platform: "node", target: "node20", sourcemap: true, logLevel: "warning", absWorkingDir: root };
  await build({
    ...common,
    format: "cjs",
    entryPoints: ["src/cli/main.ts"],
    outfile: join(outdir, "pygil-cli.cjs"),
    // the bundle finds src/stdlib relative to itself
    define: { "import.meta.url": "__pygil_bundle_url", __PYGIL_BUILD_ID__: JSON.stringify(buildId()) },
    banner: { js: 'var __pygil_bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    minifyWhitespace: true,
    plugins: [lazyBuiltins, lazyParser],
  });
  const loader = readFileSync(join(root, "scripts/cli-loader.js"), "utf8");
  writeFileSync(join(outdir, "cli.js"), "#!/usr/bin/env node\n" + loader);
  chmodSync(join(outdir, "cli.js"), 0o755);
  await build({ ...common, format: "esm", packages: "external", entryPoints: ["src/index.ts"], outfile: join(outdir, "index.js") });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildAll(process.argv[2] ? resolve(process.argv[2]) : undefined);
