#!/usr/bin/env node
// The test programs test/stdlib-py/mod-*.py: one or more per standard module (re, unittest,
// decimal, struct, ...), named mod-MODULE-WHAT.py; expected stdout/stderr/exit code from CPython
// 3.11 (exit codes in mod-exit-codes.json). Traceback frames inside any standard module (CPython's
// lib/python3.11 or our src/stdlib) are dropped before comparing. Usage and rules in
// scripts/lib/program-suite.mjs, e.g.
//   node scripts/stdlib-tests.mjs regen --only mod-re-basics
//   node scripts/stdlib-tests.mjs check -- node dist/cli.js
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runSuite } from "./lib/program-suite.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test", "stdlib-py");
await runSuite({
  script: "stdlib-tests.mjs",
  dir,
  files: /^mod-.*\.py$/,
  onlyPrefix: "mod-",
  codesFile: path.join(dir, "mod-exit-codes.json"),
  frameFiles: /^ {2}File ".*?(?:\/lib\/python3\.\d+\/|\/src\/stdlib\/|\/dist\/stdlib\/).*", line \d+, in .*$/,
  timeoutMs: 120000,
});
