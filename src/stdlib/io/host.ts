// How the I/O modules wait on Node: `yield* awaitIO(() => promise)` parks only the calling
// thread (a SuspendRequest with an external waker) while Node does the work, the way CPython
// releases the GIL around a system call. Node's errors become OSError subclasses with CPython's
// errno and strerror ("[Errno 2] No such file or directory: 'x'").
import { getSystemErrorMap } from "node:util";
import type { PyValue } from "../../objects/object.js";
import { SuspendRequest, type NativeGen } from "../../objects/native.js";
import { PyBaseException, pyOSErrorErrno, setExcAttr } from "../../objects/exceptions.js";
import { interp } from "../../vm/interpreter.js";

/** glibc's strerror texts, which CPython prints. */
const STRERROR: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  ESRCH: [3, "No such process"],
  EINTR: [4, "Interrupted system call"],
  EIO: [5, "Input/output error"],
  EBADF: [9, "Bad file descriptor"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EBUSY: [16, "Device or resource busy"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EPIPE: [32, "Broken pipe"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
  ENETUNREACH: [101, "Network is unreachable"],
  ECONNABORTED: [103, "Software caused connection abort"],
  ECONNRESET: [104, "Connection reset by peer"],
  ETIMEDOUT: [110, "Connection timed out"],
  ECONNREFUSED: [111, "Connection refused"],
  EHOSTUNREACH: [113, "No route to host"],
};

/** errno and strerror for a Node error code ("ENOENT"). */
export function errnoOf(code: string, nodeErrno?: number): [number, string] {
  const known = STRERROR[code];
  if (known) return known;
  const n = typeof nodeErrno === "number" ? Math.abs(nodeErrno) : 5;
  const msg = getSystemErrorMap().get(-n)?.[1] ?? code;
  return [n, msg.charAt(0).toUpperCase() + msg.slice(1)];
}

/** A Node fs/net error as the OSError CPython raises (with filename / filename2 when given). */
export function osErrorFrom(err: unknown, filename?: PyValue, filename2?: PyValue): PyBaseException {
  if (err instanceof PyBaseException) return err;
  const e = err as NodeJS.ErrnoException;
  if (!e || typeof e.code !== "string") return pyOSErrorErrno(5, String((e as Error)?.message ?? e));
  const [errno, strerror] = errnoOf(e.code, e.errno);
  return osError(errno, strerror, filename, filename2);
}

/** OSError(errno, strerror) of the subclass CPython picks, with filename/filename2 attributes (args stay (errno, strerror), as in CPython). */
export function osError(errno: number, strerror: string, filename?: PyValue, filename2?: PyValue): PyBaseException {
  const exc = pyOSErrorErrno(errno, strerror);
  if (filename !== undefined) setExcAttr(exc, "filename", filename);
  if (filename2 !== undefined) setExcAttr(exc, "filename2", filename2);
  return exc;
}

/** Runs a sync fs call, turning Node's error into the OSError CPython raises. */
export function fsSync<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    throw osErrorFrom(e, filename, filename2);
  }
}

/**
 * Parks the running thread until `start()` settles; resumes with its value, or raises what it
 * rejected with (`mapError` turns Node errors into Python ones). Output is flushed first, as at
 * every blocking call.
 */
export function* awaitIO<T>(start: () => Promise<T>, mapError: (e: unknown) => unknown = (e) => osErrorFrom(e), reason = "io"): NativeGen<T> {
  interp().flushAll();
  const v = yield new SuspendRequest(
    reason,
    Infinity,
    (waker) => {
      let p: Promise<T>;
      try {
        p = start();
      } catch (e) {
        waker.fail(mapError(e));
        return;
      }
      p.then(
        (value) => waker.wake(value as unknown as PyValue),
        (e) => waker.fail(mapError(e)),
      );
    },
    null,
    true,
  );
  return v as unknown as T;
}
