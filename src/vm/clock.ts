// The scheduler's clock, in milliseconds. Three kinds:
// - real (default): performance.now();
// - virtual (`--virtual-time`): real time plus a skew that jumps forward to the next wake-up
//   whenever every thread sleeps, so long sleeps cost nothing;
// - counted (`--schedule-seed N`): time is the VM's tick count (loop back-edges, calls, in-place
//   adds: the points where a thread may lose the GIL) times a nominal cost, plus the jumps of
//   sleeping — no wall-clock input at all, so where threads switch and when sleepers wake is
//   the same run after run.
// time.time/monotonic/perf_counter read this clock.
import { performance } from "node:perf_hooks";

/** Nominal cost of one VM tick on the counted clock (50 ns: about pygil's pace). */
export const MS_PER_TICK = 5e-5;

export class Clock {
  /** Offset added to the base time (grows when the clock jumps over a sleep). */
  private skew = 0;
  private readonly epochOffset: number;
  /** Ticks run so far (counted clock only). */
  private counter: (() => number) | null = null;

  constructor(
    readonly virtual: boolean,
    /** True for the counted clock (`--schedule-seed`). */
    readonly counted = false,
  ) {
    const startWall = Date.now();
    // the counted clock starts at 0 ms; the real one at performance.now()
    this.epochOffset = counted ? startWall : startWall - performance.now();
  }

  /** The counted clock reads its tick count here (set by the scheduler). */
  setCounter(counter: () => number): void {
    this.counter = counter;
  }

  /** Monotonic milliseconds. */
  now(): number {
    if (this.counted) return (this.counter ? this.counter() : 0) * MS_PER_TICK + this.skew;
    return performance.now() + this.skew;
  }

  /** Wall-clock milliseconds since the epoch. */
  wall(): number {
    return this.epochOffset + this.now();
  }

  /** Jumps forward to `t` (monotonic ms): over a sleep (virtual or counted clock). */
  advanceTo(t: number): void {
    const n = this.now();
    if (t > n) this.skew += t - n;
  }
}
