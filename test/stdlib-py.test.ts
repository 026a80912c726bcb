// test/stdlib-py's programs through the built CLI, against CPython 3.11's output: the data and
// text modules (data-*), the program-structure modules (struct-*) and the per-module programs
// (mod-*), each suite with its own script under scripts/.
import { programSuite } from "./program-suite.js";

programSuite("stdlib data and text modules", "stdlib-data-tests.mjs", "stdlib-py", /^data-.*\.py$/);
programSuite("stdlib program-structure modules", "struct-stdlib-tests.mjs", "stdlib-py", /^struct-.*\.py$/);
programSuite("stdlib modules, one program per topic", "stdlib-tests.mjs", "stdlib-py", /^mod-.*\.py$/);
