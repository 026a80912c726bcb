#!/usr/bin/env node
// The test programs of test/threading-py: threading, queue and concurrent.futures, each with
// deterministic output; expected stdout/stderr/exit code from CPython 3.11. Usage and rules in
// scripts/lib/program-suite.mjs, e.g.
//   node scripts/threading-py-tests.mjs check -- python3 -S -I scripts/run-under-cpython.py
//   node scripts/threading-py-tests.mjs check -- node dist/cli.js
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runSuite } from "./lib/program-suite.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test", "threading-py");
await runSuite({
  script: "threading-py-tests.mjs",
  dir,
  files: /\.py$/,
  codesFile: path.join(dir, "expected-exit-codes.json"),
  frameFiles: /^ {2}File ".*?(?:\/threading\.py|\/queue\.py|\/concurrent\/futures\/[A-Za-z_]+\.py|\/logging\/__init__\.py)", line \d+, in .*$/,
});
