// The io and _io modules.
import type { PyValue } from "../../objects/object.js";
import type { PyModule } from "../../objects/module.js";
import { nativeFunction } from "../../objects/function.js";
import { None } from "../../objects/singletons.js";
import { strValue } from "../../objects/str.js";
import { defineNativeModule } from "../../vm/native-modules.js";
import { ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType, unsupportedOperationType } from "./bases.js";
import { bufferedReaderType, bufferedWriterType, bufferedRandomType, fileIOType } from "./binary.js";
import { textIOWrapperType } from "./text.js";
import { stringIOType, bytesIOType } from "./memory.js";
import { openGen } from "./open.js";
import "./buffered-object.js";
import { DEFAULT_BUFFER_SIZE } from "./raw.js";
import { Exc } from "../../objects/exceptions.js";

function fill(m: PyModule, publicNames: boolean): void {
  const d = m.dict;
  d.setStr("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  d.setStr("open", nativeFunction("open", openGen, m.name));
  d.setStr("open_code", nativeFunction("open_code", (args) => openGen([args[0], "rb"], null), m.name));
  d.setStr("text_encoding", nativeFunction("text_encoding", (args) => {
    const e = args[0] ?? None;
    return e === None ? "locale" : (strValue(e) ?? e);
  }, m.name));
  const types: [string, PyValue][] = [
    ["FileIO", fileIOType],
    ["BytesIO", bytesIOType],
    ["StringIO", stringIOType],
    ["BufferedReader", bufferedReaderType],
    ["BufferedWriter", bufferedWriterType],
    ["BufferedRandom", bufferedRandomType],
    ["TextIOWrapper", textIOWrapperType],
    ["UnsupportedOperation", unsupportedOperationType],
    ["BlockingIOError", Exc.BlockingIOError],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  if (publicNames) {
    d.setStr("IOBase", ioBaseType);
    d.setStr("RawIOBase", rawIOBaseType);
    d.setStr("BufferedIOBase", bufferedIOBaseType);
    d.setStr("TextIOBase", textIOBaseType);
    d.setStr("SEEK_SET", 0);
    d.setStr("SEEK_CUR", 1);
    d.setStr("SEEK_END", 2);
  } else {
    d.setStr("_IOBase", ioBaseType);
    d.setStr("_RawIOBase", rawIOBaseType);
    d.setStr("_BufferedIOBase", bufferedIOBaseType);
    d.setStr("_TextIOBase", textIOBaseType);
  }
}

defineNativeModule("io", (m) => fill(m, true));
defineNativeModule("_io", (m) => fill(m, false));
