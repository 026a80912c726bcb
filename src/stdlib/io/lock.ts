// The per-stream lock of buffered I/O: while one thread is parked inside a read or a flush of a
// stream, another thread using the same stream waits its turn (as CPython's buffered objects
// do with their internal lock) instead of interleaving with half-done state.
import type { PyValue } from "../../objects/object.js";
import { SuspendRequest, type NativeGen, type Waker } from "../../objects/native.js";

export class StreamLock {
  busy = false;
  private readonly queue: Waker[] = [];

  /** Runs `body` holding the lock; parks first while another thread holds it. */
  *run<T>(body: () => NativeGen<T>): NativeGen<T> {
    if (this.busy) {
      yield new SuspendRequest(
        "io lock",
        Infinity,
        (waker) => {
          this.queue.push(waker);
          return () => {
            const i = this.queue.indexOf(waker);
            if (i >= 0) this.queue.splice(i, 1);
          };
        },
        null,
        // the holder is parked on real I/O, so this wait always ends: not a deadlock
        true,
      );
    } else this.busy = true;
    try {
      return yield* body();
    } finally {
      const next = this.queue.shift();
      if (next) next.wake(undefined as unknown as PyValue);
      else this.busy = false;
    }
  }
}
