// One runner for the suites of Python test programs whose expected output comes from CPython
// 3.11 (test/threading-py, test/stdlib-py data-* and struct-*). Each suite script passes its
// settings; the command line is the same for all:
//   node scripts/SUITE.mjs regen [--only NAME,...]
//       run each program with `python3 NAME.py` (CPython's own modules) and write NAME.out,
//       NAME.err and the exit code (in the suite's exit-code file, or: the program must exit 0)
//   node scripts/SUITE.mjs check [--only NAME,...] [-- COMMAND [ARGS...]]
//       run COMMAND ARGS NAME.py for each program and compare with the expectations
// Programs whose first line is "# expected: by hand" behave differently in CPython on purpose;
// regen leaves them alone. Both sides are normalized alike: the test directory's path is cut
// from file names, traceback frames inside the modules under test are dropped (their paths and
// line numbers differ between CPython's files and ours), and hex addresses become 0x?.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * @param {object} suite
 * @param {string} suite.script    the script's file name, for the usage message
 * @param {string} suite.dir       the directory holding the programs and expectations
 * @param {RegExp} suite.files     which .py files in dir are programs of this suite
 * @param {string} [suite.onlyPrefix]  prefix added to --only names that lack it
 * @param {string|null} [suite.codesFile]  JSON file of expected exit codes; null: exit 0 and
 *                                 NAME.err only when stderr is not empty
 * @param {RegExp|null} [suite.frameFiles]  traceback frames in these files are dropped
 * @param {string[]|null} [suite.defaultCommand]  the check command when none is given
 * @param {number} [suite.timeoutMs]
 */
export async function runSuite(suite) {
  const { dir, codesFile = null, frameFiles = null, defaultCommand = null, timeoutMs = 60000 } = suite;
  const argv = process.argv.slice(2);
  const mode = argv[0];
  const dash = argv.indexOf("--");
  const opts = dash < 0 ? argv.slice(1) : argv.slice(1, dash);
  const withPrefix = (n) => (suite.onlyPrefix && !n.startsWith(suite.onlyPrefix) ? suite.onlyPrefix + n : n);
  const only = opts.includes("--only") ? opts[opts.indexOf("--only") + 1].split(",").map(withPrefix) : null;
  // The programs run in the test directory: paths in the command that name files from here are
  // made absolute first (e.g. scripts/run-under-cpython.py, dist/cli.js).
  const command = dash < 0 ? defaultCommand : argv.slice(dash + 1).map((a) => (fs.existsSync(a) ? path.resolve(a) : a));
  if ((mode !== "regen" && mode !== "check") || (mode === "check" && (!command || command.length === 0))) {
    console.error(`usage: ${suite.script} regen [--only NAME,...]\n` +
      `       ${suite.script} check [--only NAME,...] ${defaultCommand ? "[-- COMMAND [ARGS...]]" : "-- COMMAND [ARGS...]"}`);
    process.exit(2);
  }

  function normalize(text) {
    const lines = text.split(dir + path.sep).join("").split("\n");
    const out = [];
    for (let i = 0; i < lines.length; i++) {
      if (frameFiles && frameFiles.test(lines[i])) {
        // drop the frame's source line and its ^^^ marker line, indented deeper than "  File"
        while (i + 1 < lines.length && lines[i + 1].startsWith("    ")) i++;
        continue;
      }
      out.push(lines[i]);
    }
    // unittest's run time differs from run to run
    return out.join("\n").replace(/0x[0-9a-fA-F]+/g, "0x?").replace(/^(Ran \d+ tests? in )\d+\.\d+s$/gm, "$10.000s");
  }

  function run(cmd, file) {
    return new Promise((resolve) => {
      // str hashes as pygil's (seed 0), so python3's set-of-str orders in the expected files
      // are the ones pygil gives, whatever seed a regeneration would otherwise pick
      const env = { ...process.env, PYTHONHASHSEED: "0" };
      const p = spawn(cmd[0], [...cmd.slice(1), file], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
      let out = "", err = "";
      p.stdout.on("data", (d) => (out += d));
      p.stderr.on("data", (d) => (err += d));
      const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
      p.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({ code: code ?? `signal ${signal}`, out: normalize(out), err: normalize(err) });
      });
    });
  }

  const file = (name, ext) => path.join(dir, name + ext);
  const readIfThere = (f) => (fs.existsSync(f) ? fs.readFileSync(f, "utf8") : "");
  const byHand = (name) => fs.readFileSync(file(name, ".py"), "utf8").startsWith("# expected: by hand");
  const names = fs.readdirSync(dir).filter((f) => suite.files.test(f)).map((f) => f.slice(0, -3))
    .filter((n) => !only || only.includes(n)).sort();
  const codes = codesFile && fs.existsSync(codesFile) ? JSON.parse(fs.readFileSync(codesFile, "utf8")) : {};
  const wantCode = (name) => (codesFile ? codes[name] : 0);

  if (mode === "regen") {
    let bad = 0;
    await twoAtATime(names, async (name) => {
      if (byHand(name)) { console.log(`kept ${name} (expected by hand)`); return; }
      const r = await run(["python3"], file(name, ".py"));
      fs.writeFileSync(file(name, ".out"), r.out);
      if (r.err || codesFile) fs.writeFileSync(file(name, ".err"), r.err);
      else if (fs.existsSync(file(name, ".err"))) fs.unlinkSync(file(name, ".err"));
      if (codesFile) codes[name] = r.code;
      else if (r.code !== 0) bad++;
      console.log(`wrote ${name} (exit ${r.code}${!codesFile && r.code !== 0 ? ": programs must exit 0" : ""})`);
    });
    if (codesFile) {
      // others may have regenerated other programs meanwhile: merge into the file as it is now
      const current = fs.existsSync(codesFile) ? JSON.parse(fs.readFileSync(codesFile, "utf8")) : {};
      for (const name of names) if (name in codes) current[name] = codes[name];
      const sortedCodes = Object.fromEntries(Object.keys(current).sort().map((k) => [k, current[k]]));
      fs.writeFileSync(codesFile, JSON.stringify(sortedCodes, null, 2) + "\n");
    }
    process.exit(bad ? 1 : 0);
  }

  let failed = 0;
  const results = await twoAtATime(names, async (name) => {
    const r = await run(command, file(name, ".py"));
    const want = { out: fs.readFileSync(file(name, ".out"), "utf8"), err: readIfThere(file(name, ".err")), code: wantCode(name) };
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

// Two at a time: the machine's cores are shared, and several programs time things.
async function twoAtATime(items, fn) {
  const results = [];
  for (let i = 0; i < items.length; i += 2) results.push(...await Promise.all(items.slice(i, i + 2).map(fn)));
  return results;
}

// A short line diff: the first differing line and a little context.
function diff(want, got) {
  const a = want.split("\n"), b = got.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (ls) => ls.slice(Math.max(0, i - 2), i + 4).map((l) => "      | " + l).join("\n");
  return `    at line ${i + 1}\n    want:\n${show(a)}\n    got:\n${show(b)}`;
}
