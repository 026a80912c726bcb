#!/usr/bin/env node
// The test programs test/stdlib-py/struct-*.py: the Python-written modules dataclasses, enum,
// typing, abc, contextlib, types, numbers, warnings, datetime, calendar, logging, timeit, sched.
// Their expected stdout/stderr/exit code come from CPython 3.11.
//
//   node scripts/struct-stdlib-tests.mjs regen [--only NAME,...]
//       run each program with `python3 NAME.py` (CPython's own modules) and write NAME.out,
//       NAME.err and the exit code in struct-exit-codes.json
//   node scripts/struct-stdlib-tests.mjs check [--only NAME,...] -- COMMAND [ARGS...]
//       run COMMAND ARGS NAME.py for each program and compare with the expectations, e.g.
//         -- python3 -S -I scripts/run-stdlib-under-cpython.py   (pygil's modules under CPython)
//         -- node dist/cli.js                                    (pygil)
//
// NAME may be given with or without the "struct-" prefix. Programs whose first line is
// "# expected: by hand" behave differently in CPython on purpose; regen leaves them alone.
//
// Both sides are normalized the same way (normalize()): the test directory's path is cut from
// file names, traceback frames inside the stdlib modules under test are dropped (their paths
// and line numbers differ between CPython's files and ours), and hex addresses become 0x?.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test", "stdlib-py");
const codesFile = path.join(dir, "struct-exit-codes.json");

const argv = process.argv.slice(2);
const mode = argv[0];
const dash = argv.indexOf("--");
const opts = dash < 0 ? argv.slice(1) : argv.slice(1, dash);
const only = opts.includes("--only")
  ? opts[opts.indexOf("--only") + 1].split(",").map((n) => (n.startsWith("struct-") ? n : "struct-" + n))
  : null;
const command = dash < 0 ? null : argv.slice(dash + 1).map((a) => (fs.existsSync(a) ? path.resolve(a) : a));
if ((mode !== "regen" && mode !== "check") || (mode === "check" && (!command || command.length === 0))) {
  console.error("usage: struct-stdlib-tests.mjs regen [--only NAME,...]\n" +
    "       struct-stdlib-tests.mjs check [--only NAME,...] -- COMMAND [ARGS...]");
  process.exit(2);
}

const MODULES = "dataclasses|enum|typing|abc|_py_abc|contextlib|types|numbers|warnings|datetime|_pydatetime|_strptime|" +
  "calendar|logging/__init__|logging/handlers|timeit|sched|threading|functools";
const STDLIB_FRAME = new RegExp(`^ {2}File ".*?/(?:${MODULES}|run-stdlib-under-cpython)\\.py", line \\d+, in .*$`);

function normalize(text) {
  const out = [];
  const lines = text.split(dir + path.sep).join("").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (STDLIB_FRAME.test(lines[i])) {
      // drop the frame's source line and its ^^^ marker line, indented deeper than "  File"
      while (i + 1 < lines.length && lines[i + 1].startsWith("    ")) i++;
      continue;
    }
    out.push(lines[i]);
  }
  return out.join("\n").replace(/0x[0-9a-fA-F]+/g, "0x?");
}

function run(cmd, file) {
  return new Promise((resolve) => {
    const p = spawn(cmd[0], [...cmd.slice(1), file], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), 60000);
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? `signal ${signal}`, out: normalize(out), err: normalize(err) });
    });
  });
}

const byHand = (name) => fs.readFileSync(path.join(dir, name + ".py"), "utf8").startsWith("# expected: by hand");
const names = fs.readdirSync(dir).filter((f) => f.startsWith("struct-") && f.endsWith(".py"))
  .map((f) => f.slice(0, -3)).filter((n) => !only || only.includes(n)).sort();
const codes = fs.existsSync(codesFile) ? JSON.parse(fs.readFileSync(codesFile, "utf8")) : {};

async function forEach(items, fn) {
  const results = [];
  for (let i = 0; i < items.length; i += 2) results.push(...await Promise.all(items.slice(i, i + 2).map(fn)));
  return results;
}

if (mode === "regen") {
  await forEach(names, async (name) => {
    if (byHand(name)) { console.log(`kept ${name} (expected by hand)`); return; }
    const r = await run(["python3"], path.join(dir, name + ".py"));
    fs.writeFileSync(path.join(dir, name + ".out"), r.out);
    fs.writeFileSync(path.join(dir, name + ".err"), r.err);
    codes[name] = r.code;
    console.log(`wrote ${name} (exit ${r.code})`);
  });
  const sortedCodes = Object.fromEntries(Object.keys(codes).sort().map((k) => [k, codes[k]]));
  fs.writeFileSync(codesFile, JSON.stringify(sortedCodes, null, 2) + "\n");
} else {
  let failed = 0;
  const results = await forEach(names, async (name) => {
    const r = await run(command, path.join(dir, name + ".py"));
    const want = {
      out: fs.readFileSync(path.join(dir, name + ".out"), "utf8"),
      err: fs.readFileSync(path.join(dir, name + ".err"), "utf8"),
      code: codes[name],
    };
    const why = [];
    if (r.code !== want.code) why.push(`exit ${r.code}, want ${want.code}`);
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

function diff(want, got) {
  const a = want.split("\n"), b = got.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (ls) => ls.slice(Math.max(0, i - 2), i + 4).map((l) => "      | " + l).join("\n");
  return `    at line ${i + 1}\n    want:\n${show(a)}\n    got:\n${show(b)}`;
}
