// Placeholder until the backtracking matcher lands.
import type { Node } from "./ast.js";
import { Mode, type Hit, type Matcher } from "./engine.js";
import { pyNotImplementedError } from "../../objects/exceptions.js";

export class BacktrackMatcher implements Matcher {
  constructor(
    readonly root: Node,
    readonly groups: number,
  ) {
    throw pyNotImplementedError("re: this pattern needs the backtracking matcher, not written yet");
  }
  exec(_s: string, _at: number, _mode: Mode): Hit | null {
    return null;
  }
  spans(): Int32Array {
    return new Int32Array(0);
  }
}
