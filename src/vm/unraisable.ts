// Reports of exceptions nothing can catch (CPython's sys.unraisablehook): an exception that ends
// a thread started with _thread, or one raised by threading._shutdown() (Ctrl-C at the end of the
// program). The text is the usual traceback, except that the last line always has ": " after
// the type, even for an empty message ("KeyboardInterrupt: "), as CPython writes it.
import { PyBaseException } from "../objects/exceptions.js";
import { formatException } from "./traceback.js";
import type { Interpreter } from "./interpreter.js";

export function formatUnraisable(interp: Interpreter, exc: PyBaseException, header: string): string {
  let text = formatException(interp, exc);
  const args = exc.args.items;
  const empty = args.length === 0 || (args.length === 1 && args[0] === "");
  if (empty && text.endsWith("\n") && !text.slice(0, -1).split("\n").pop()!.includes(": ")) {
    text = text.slice(0, -1) + ": \n";
  }
  return header + "\n" + text;
}
