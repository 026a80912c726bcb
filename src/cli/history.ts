// The REPL's history file (~/.pygil_history, or $PYGIL_HISTORY): one entered line per line of
// the file, oldest first, as GNU readline keeps ~/.python_history. Lines are appended as they
// are entered, so a session that ends abruptly keeps its history; the file is trimmed to the
// last `size` lines when a session starts.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export class History {
  /** Newest first: the array Node's readline takes (and extends) as its history. */
  readonly lines: string[];
  private last: string | undefined;

  constructor(
    readonly path: string | null,
    readonly size = 1000,
  ) {
    let stored: string[] = [];
    if (path !== null) {
      try {
        stored = readFileSync(path, "utf8").split("\n");
        if (stored[stored.length - 1] === "") stored.pop();
      } catch {
        stored = [];
      }
      if (stored.length > size) {
        stored = stored.slice(-size);
        try {
          writeFileSync(path, stored.join("\n") + "\n");
        } catch {
          // an unwritable history file only loses history
        }
      }
    }
    this.lines = stored.slice().reverse();
    this.last = stored[stored.length - 1];
  }

  /** Where the history lives unless told otherwise. */
  static defaultPath(env: NodeJS.ProcessEnv = process.env): string {
    return env.PYGIL_HISTORY || join(homedir(), ".pygil_history");
  }

  /** Records an entered line (readline has already put it in `lines`). */
  add(line: string): void {
    if (line.trim() === "" || line === this.last) return;
    this.last = line;
    if (this.path === null) return;
    try {
      appendFileSync(this.path, line + "\n");
    } catch {
      // as above
    }
  }
}
