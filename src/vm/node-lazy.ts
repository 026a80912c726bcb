// Node's built-in modules, loaded on first use: start-up loads none that the running program
// does not need (http, zlib, child_process cost milliseconds each; issue 7).
//
//   import type * as Http from "node:http";
//   const http = lazyNode<typeof Http>("node:http");
//   … http().request(…)
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

export function lazyNode<T>(id: string): () => T {
  let mod: T | undefined;
  return () => (mod ??= load(id) as T);
}
