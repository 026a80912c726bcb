#!/usr/bin/env node
// The test programs test/stdlib-py/struct-*.py: the Python-written modules dataclasses, enum,
// typing, abc, contextlib, types, numbers, warnings, datetime, calendar, logging, timeit, sched;
// expected stdout/stderr/exit code from CPython 3.11. Usage and rules in
// scripts/lib/program-suite.mjs, e.g.
//   node scripts/struct-stdlib-tests.mjs check -- python3 -S -I scripts/run-stdlib-under-cpython.py
//   node scripts/struct-stdlib-tests.mjs check -- node dist/cli.js
// NAME may be given to --only with or without the "struct-" prefix.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runSuite } from "./lib/program-suite.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = path.join(root, "test", "stdlib-py");
const MODULES = "dataclasses|enum|typing|abc|_py_abc|contextlib|types|numbers|warnings|datetime|_pydatetime|_strptime|" +
  "calendar|logging/\\w+|timeit|sched|threading|functools";
await runSuite({
  script: "struct-stdlib-tests.mjs",
  dir,
  files: /^struct-.*\.py$/,
  onlyPrefix: "struct-",
  codesFile: path.join(dir, "struct-exit-codes.json"),
  frameFiles: new RegExp(`^ {2}File ".*?/(?:${MODULES}|run-stdlib-under-cpython)\\.py", line \\d+, in .*$`),
});
