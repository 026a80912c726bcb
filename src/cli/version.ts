// The versions pygil reports: the Python language version it implements, and its own.
export const PYTHON_VERSION = "3.11.7";
export const PYGIL_VERSION = "0.1.0";

/** The REPL's first line (CPython prints its build there; pygil, its own version and Node's). */
export function bannerText(): string {
  return (
    `Python ${PYTHON_VERSION} (pygil ${PYGIL_VERSION}, green threads) [Node ${process.version}] on ${process.platform}\n` +
    `Type "help", "copyright", "credits" or "license" for more information.\n`
  );
}
