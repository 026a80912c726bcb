// Registers the native (TypeScript) stdlib modules. Add one import per module.
import "./time.js";
import "./io/module.js";
import "./math.js";
import "./posix/posix.js";
import "./posix/posixpath.js";
