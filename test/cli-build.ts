// Builds the `pygil` command (scripts/build.mjs) into a temporary directory, once per test file,
// so that CLI and REPL tests run the real thing — the bundle, its loader and its caches — and
// never a stale dist/.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let built: Promise<string> | null = null;

/** The path of a freshly built cli.js. */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "pygil-cli-"));
    // @ts-expect-error: a plain ES module without type declarations
    const { buildAll } = await import("../scripts/build.mjs");
    await buildAll(dir);
    return join(dir, "cli.js");
  })();
  return built;
}

/** An environment for running pygil as a user would, without the caller's PYTHON* settings. */
export function cliEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PYTHON") && !k.startsWith("PYGIL")) env[k] = v;
  return { ...env, HOME: home, PYGIL_CACHE_DIR: join(home, "cache"), ...extra };
}
