// Registers the native (TypeScript) stdlib modules. Add one import per module.
import "./time.js";
import "./_thread.js";
import "./io/module.js";
import "./math.js";
import "./random-module.js";
import "./posix/posix.js";
import "./posix/posixpath.js";
import "./json/native.js";
import "./http/native.js";
import "./binascii.js";
import "./hashlib.js";
import "./fnmatch.js";
import "./csv-native.js";
import "./atexit.js";
import "./gc.js";
import "./_traceback.js";
import "./struct.js";
