#!/usr/bin/env node
// The test programs test/stdlib-py/data-*.py: collections, itertools, functools, operator,
// heapq, bisect, copy, statistics, fractions, string, textwrap, keyword, reprlib, pprint,
// difflib. Each prints deterministic output; its expected stdout comes from CPython 3.11.
//
//   node scripts/stdlib-data-tests.mjs regen [--only NAME,...]
//       run each program with `python3 NAME.py` (CPython's own modules) and write NAME.out
//       (and NAME.err when stderr is not empty); the program must exit with status 0
//   node scripts/stdlib-data-tests.mjs check [--only NAME,...] [-- COMMAND [ARGS...]]
//       run COMMAND ARGS NAME.py for each program and compare, e.g.
//         -- python3 -S -I scripts/run-data-stdlib-under-cpython.py   (the default: our
//                                                   modules on CPython)
//         -- node dist/cli.js                                          (pygil)
//
// Both sides are normalized alike: the test directory's path is cut from file names and
// hexadecimal addresses become 0x?.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test", "stdlib-py");

const argv = process.argv.slice(2);
const mode = argv[0];
const dash = argv.indexOf("--");
const opts = dash < 0 ? argv.slice(1) : argv.slice(1, dash);
const only = opts.includes("--only") ? opts[opts.indexOf("--only") + 1].split(",") : null;
const defaultCommand = ["python3", "-S", "-I", path.join(root, "scripts", "run-data-stdlib-under-cpython.py")];
const command = dash < 0 ? defaultCommand
  : argv.slice(dash + 1).map((a) => (fs.existsSync(a) ? path.resolve(a) : a));
if (mode !== "regen" && mode !== "check") {
  console.error("usage: stdlib-data-tests.mjs regen [--only NAME,...]\n" +
    "       stdlib-data-tests.mjs check [--only NAME,...] [-- COMMAND [ARGS...]]");
  process.exit(2);
}

function normalize(text) {
  return text.split(dir + path.sep).join("").replace(/0x[0-9a-fA-F]+/g, "0x?");
}

function run(cmd, file) {
  return new Promise((resolve) => {
    const p = spawn(cmd[0], [...cmd.slice(1), file], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), 120000);
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? `signal ${signal}`, out: normalize(out), err: normalize(err) });
    });
  });
}

const names = fs.readdirSync(dir).filter((f) => /^data-.*\.py$/.test(f)).map((f) => f.slice(0, -3))
  .filter((n) => !only || only.includes(n)).sort();

// Two at a time: the machine's cores are shared.
async function forEach(items, fn) {
  const results = [];
  for (let i = 0; i < items.length; i += 2) results.push(...await Promise.all(items.slice(i, i + 2).map(fn)));
  return results;
}

const readIfThere = (file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");

if (mode === "regen") {
  let bad = 0;
  await forEach(names, async (name) => {
    const r = await run(["python3"], path.join(dir, name + ".py"));
    fs.writeFileSync(path.join(dir, name + ".out"), r.out);
    const errFile = path.join(dir, name + ".err");
    if (r.err) fs.writeFileSync(errFile, r.err);
    else if (fs.existsSync(errFile)) fs.unlinkSync(errFile);
    if (r.code !== 0) bad++;
    console.log(`wrote ${name}${r.code !== 0 ? ` (exit ${r.code}: programs must exit 0)` : ""}`);
  });
  process.exit(bad ? 1 : 0);
} else {
  let failed = 0;
  const results = await forEach(names, async (name) => {
    const r = await run(command, path.join(dir, name + ".py"));
    const want = {
      out: fs.readFileSync(path.join(dir, name + ".out"), "utf8"),
      err: readIfThere(path.join(dir, name + ".err")),
    };
    const why = [];
    if (r.code !== 0) why.push(`exit ${r.code}, want 0`);
    if (r.out !== want.out) why.push("stdout differs:\n" + diff(want.out, r.out));
    if (r.err !== want.err) why.push("stderr differs:\n" + diff(want.err, r.err));
    return { name, why };
  });
  for (const { name, why } of results) {
    if (why.length) failed++;
    console.log(`${why.length ? "FAIL" : "ok  "} ${name}${why.length ? "\n  " + why.join("\n  ") : ""}`);
  }
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// A short line diff: the first differing line and a little context.
function diff(want, got) {
  const a = want.split("\n"), b = got.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (ls) => ls.slice(Math.max(0, i - 2), i + 4).map((l) => "      | " + l).join("\n");
  return `    at line ${i + 1}\n    want:\n${show(a)}\n    got:\n${show(b)}`;
}
