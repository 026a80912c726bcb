// What replaces the default Ctrl-C behaviour (KeyboardInterrupt in the main thread) once a
// program installs its own SIGINT handler with signal.signal (src/stdlib/signal-native.ts).
import type { Interpreter } from "./interpreter.js";

export const sigintOverride = new WeakMap<Interpreter, () => void>();
