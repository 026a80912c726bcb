// input(): one line from sys.stdin (whatever object it is — a StringIO in a test, the terminal,
// a pipe), without its newline; EOFError at the end of input. The reading parks only the
// calling thread.
import type { PyValue } from "../../objects/object.js";
import { None } from "../../objects/singletons.js";
import { strValue } from "../../objects/str.js";
import { callGen } from "../../objects/call.js";
import { getAttrGen } from "../../objects/attr.js";
import type { NativeGen } from "../../objects/native.js";
import { pyEOFError, pyRuntimeError, pyTypeError } from "../../objects/exceptions.js";
import type { Interpreter } from "../../vm/interpreter.js";
import { PyTextFile } from "./text.js";

export function* inputLineGen(interp: Interpreter): NativeGen {
  const stdin = interp.sysModule.dict.getStr("stdin");
  if (stdin === undefined || stdin === None) throw pyRuntimeError("input(): lost sys.stdin");
  let line: PyValue;
  if (stdin instanceof PyTextFile) line = yield* stdin.readline(-1);
  else line = yield* callGen(yield* getAttrGen(stdin, "readline"), []);
  const s = strValue(line);
  if (s === undefined) throw pyTypeError("object.readline() returned non-string");
  if (s === "") throw pyEOFError("EOF when reading a line");
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}
