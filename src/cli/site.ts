// What CPython's `site` module adds to builtins for a program started from the command line:
// exit/quit objects that explain themselves when echoed ("Use exit() or Ctrl-D (i.e. EOF) to
// exit"), and help, copyright, credits, license. `-S` leaves builtins as the interpreter made them.
import type { PyValue } from "../objects/object.js";
import { makeBuiltinType } from "../objects/type.js";
import { PyInstance } from "../objects/instance.js";
import { defineMethods } from "../objects/function.js";
import { None } from "../objects/singletons.js";
import { getAttrOptGen, getAttrGen } from "../objects/attr.js";
import { callGen } from "../objects/call.js";
import { reprGen, strGen } from "../objects/stringify.js";
import { Exc, newException } from "../objects/exceptions.js";
import type { NativeGen } from "../objects/native.js";
import type { Interpreter } from "../vm/interpreter.js";

const quitterType = makeBuiltinType("Quitter", undefined, { module: "_sitebuiltins" });
const printerType = makeBuiltinType("_Printer", undefined, { module: "_sitebuiltins" });
const helperType = makeBuiltinType("_Helper", undefined, { module: "_sitebuiltins" });

class Quitter extends PyInstance {
  constructor(readonly name: string) {
    super(quitterType);
  }
}

class Printer extends PyInstance {
  constructor(
    readonly short: string,
    readonly text: string,
  ) {
    super(printerType);
  }
}

defineMethods(quitterType, {
  __repr__: (args) => `Use ${(args[0] as Quitter).name}() or Ctrl-D (i.e. EOF) to exit`,
  __call__: (args) => {
    throw args.length > 1 ? newException(Exc.SystemExit, args[1]) : newException(Exc.SystemExit);
  },
});

defineMethods(printerType, {
  __repr__: (args) => (args[0] as Printer).short,
  __call__: (args) => {
    const p = args[0] as Printer;
    site.interp?.stdout.write(p.text + "\n");
    return None;
  },
});

defineMethods(helperType, {
  __repr__: () => "Type help() for interactive help, or help(object) for help about object.",
  __call__: function* (args): NativeGen {
    const out = site.interp!.stdout;
    if (args.length < 2) {
      out.write(
        "pygil has no interactive help browser; help(object) prints the object's documentation.\n",
      );
      return None;
    }
    const obj = args[1];
    // functions, methods and classes: pydoc's plain-text layout, from _pygil_help.py
    const helpMod = yield* site.interp!.importer.importModuleGen("_pygil_help");
    const rendered = yield* callGen(yield* getAttrGen(helpMod, "render"), [obj]);
    if (typeof rendered === "string") {
      out.write(rendered);
      return None;
    }
    const name = yield* getAttrOptGen(obj, "__name__");
    const doc = yield* getAttrOptGen(obj, "__doc__");
    const title = name !== undefined && typeof name === "string" ? name : yield* reprGen(obj);
    let text = `Help on ${title}:\n\n`;
    text += doc === undefined || doc === None ? "(no documentation)\n" : indent(yield* strGen(doc as PyValue)) + "\n";
    out.write(text);
    return None;
  },
});

function indent(doc: string): string {
  return doc
    .split("\n")
    .map((l) => (l ? "    " + l : l))
    .join("\n");
}

const site: { interp: Interpreter | null } = { interp: null };

const CREDITS =
  "pygil is written in TypeScript by its authors; the Python language and its documentation\n" +
  "are the work of the Python Software Foundation and the Python community.";
const LICENSE_TEXT = "pygil is released under the MIT license (see the LICENSE file of the package).";

/** Adds exit, quit, help, copyright, credits and license to the interpreter's builtins. */
export function installSiteBuiltins(interp: Interpreter): void {
  site.interp = interp;
  const b = interp.builtins;
  b.setStr("exit", new Quitter("exit"));
  b.setStr("quit", new Quitter("quit"));
  b.setStr("help", new PyInstance(helperType));
  const copyright = interp.sysModule.dict.getStr("copyright");
  const copyrightText = typeof copyright === "string" ? copyright : "Copyright (c) pygil authors.";
  b.setStr("copyright", new Printer(copyrightText, copyrightText));
  b.setStr("credits", new Printer(CREDITS, CREDITS));
  b.setStr("license", new Printer("Type license() to see the full license text", LICENSE_TEXT));
}
