// Thread entry points: a thread whose first frame is a native (a call of any callable).
import type { NativeGen } from "../objects/native.js";
import { CodeObject } from "../compiler/code.js";
import { Frame, NativeMode } from "./frame.js";
import type { Interpreter } from "./interpreter.js";

const ENTRY_CODE = new CodeObject("<entry>", "<entry>", "<entry>");

/** A base frame that runs `gen` (e.g. callGen(fn, args)); the thread ends when it returns. */
export function nativeEntryFrame(interp: Interpreter, gen: NativeGen): Frame {
  const f = new Frame(ENTRY_CODE, interp.builtins, interp.builtins, null, null);
  f.gen = gen;
  f.nativeMode = NativeMode.PUSH;
  return f;
}
