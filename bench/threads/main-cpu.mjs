// CPU time of a pygil run, for A/B comparisons on a loaded machine (wall-clock figures there
// mostly measure the wait for a core): runs the CLI in this process and prints, on stderr at
// exit, the CPU seconds of the main JS thread (the interpreter; from /proc, Linux only) and of
// the whole process (V8's compiler and GC threads included).
//   node bench/threads/main-cpu.mjs dist/cli.js bench/threads/pool_as_completed.py
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [cli, ...rest] = process.argv.slice(2);
if (!cli) {
  console.error("usage: node bench/threads/main-cpu.mjs CLI.js PROGRAM.py [ARGS...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(cli), ...rest];
process.on("exit", () => {
  // fields 14 and 15 of /proc/PID/task/TID/stat: user and system time in clock ticks (1/100 s)
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
  const mainThread = (Number(fields[11]) + Number(fields[12])) / 100;
  const usage = process.cpuUsage();
  const wholeProcess = (usage.user + usage.system) / 1e6;
  process.stderr.write(`main-thread CPU ${mainThread.toFixed(2)} s, process CPU ${wholeProcess.toFixed(2)} s\n`);
});
await import(pathToFileURL(resolve(cli)).href);
