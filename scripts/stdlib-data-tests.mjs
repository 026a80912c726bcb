#!/usr/bin/env node
// The test programs test/stdlib-py/data-*.py: collections, itertools, functools, operator,
// heapq, bisect, copy, statistics, fractions, string, textwrap, keyword, reprlib, pprint,
// difflib. Each prints deterministic output and exits 0; expected stdout (and stderr when not
// empty) from CPython 3.11. Usage and rules in scripts/lib/program-suite.mjs; `check` without a
// command runs our modules on CPython (scripts/run-data-stdlib-under-cpython.py), e.g.
//   node scripts/stdlib-data-tests.mjs check -- node dist/cli.js
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runSuite } from "./lib/program-suite.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
await runSuite({
  script: "stdlib-data-tests.mjs",
  dir: path.join(root, "test", "stdlib-py"),
  files: /^data-.*\.py$/,
  defaultCommand: ["python3", "-S", "-I", path.join(root, "scripts", "run-data-stdlib-under-cpython.py")],
  timeoutMs: 120000,
});
