// Loads every module that defines builtin type methods, in a safe order, and the stdlib natives.
import "../objects/object-type.js";
import "../objects/type-type.js";
import "../objects/singletons.js";
import "../objects/int.js";
import "../objects/float.js";
import "../objects/str.js";
import "../objects/bytes-methods.js";
import "../objects/tuple.js";
import "../objects/list.js";
import "../objects/dict.js";
import "../objects/set.js";
import "../objects/range.js";
import "../objects/slice.js";
import "../objects/module.js";
import "../objects/callable-types.js";
import "../objects/exception-types.js";
import "../objects/builtin-iterators.js";
import "../objects/generic-alias.js";
import "./frame-object.js";
import "../stdlib/index.js";
// argument checking wraps the methods above: keep it last
import "../objects/signatures.js";
