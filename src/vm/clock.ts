// The scheduler's clock, in milliseconds. Real by default; with virtual time, sleeping jumps it
// forward to the next wake-up instead of waiting (time.time/monotonic/perf_counter read it).
import { performance } from "node:perf_hooks";

export class Clock {
  /** Virtual offset added to real time (grows when all threads sleep). */
  private skew = 0;
  private readonly epochOffset = Date.now() - performance.now();
  constructor(readonly virtual: boolean) {}

  /** Monotonic milliseconds. */
  now(): number {
    return performance.now() + this.skew;
  }

  /** Wall-clock milliseconds since the epoch. */
  wall(): number {
    return this.epochOffset + this.now();
  }

  /** Virtual time: jump forward to `t` (monotonic ms). */
  advanceTo(t: number): void {
    const n = this.now();
    if (t > n) this.skew += t - n;
  }
}
