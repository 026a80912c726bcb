// test/threading-py's programs (threading, queue, concurrent.futures written in Python over the
// native _thread) through the built CLI, against CPython 3.11's output.
import { programSuite } from "./program-suite.js";

programSuite("test/threading-py through pygil", "threading-py-tests.mjs", "threading-py", /\.py$/);
