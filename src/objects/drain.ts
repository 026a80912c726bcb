// Collecting all of a Python generator's items for a native (list(gen), sorted(gen), "".join(gen)
// …). The VM serves a DrainRequest by running the generator frame in a mode where each `yield`
// appends to an array and the frame goes straight on — no native resumed per item. Anything
// else that receives the request (a synchronous runSync) sees an ordinary call of `drainNative`,
// which collects the items one next() at a time: the same result, more slowly.
import type { PyValue } from "./object.js";
import { CallRequest, type NativeGen, type ResumeRequest } from "./native.js";
import { nativeFunction } from "./function.js";
import { Exc, isExc } from "./exceptions.js";
import { binaryOpGen } from "./ops.js";

const drainNative = nativeFunction("_drain_generator", function* (args): NativeGen {
  const req = (args[0] as unknown as { nextRequest: ResumeRequest }).nextRequest;
  const out: PyValue[] = [];
  for (;;) {
    let x: PyValue;
    try {
      x = yield req;
    } catch (e) {
      // a synchronous runner ends the generator with StopIteration rather than GEN_DONE
      if (isExc(e, Exc.StopIteration)) return out as unknown as PyValue;
      throw e;
    }
    if (x === doneMarker.value) return out as unknown as PyValue;
    out.push(x);
  }
});

/** iter.ts's GEN_DONE, set there (importing it here would be circular). */
export const doneMarker: { value: PyValue | undefined } = { value: undefined };

/** Yielded by a native: resumes it with a JS array of the generator's remaining items. */
export class DrainRequest extends CallRequest {
  constructor(readonly gen: PyValue) {
    super(drainNative, [gen], null);
  }
}

// ---- sum() of a generator ---------------------------------------------------------------------

/** What the VM hands back when an item is not a plain number: the total so far and that item. */
export class SumPartial {
  constructor(
    readonly total: PyValue,
    readonly item: PyValue,
  ) {}
}

const sumNative = nativeFunction("_sum_generator", function* (args): NativeGen {
  const req = (args[0] as unknown as { nextRequest: ResumeRequest }).nextRequest;
  let total = args[1];
  for (;;) {
    let x: PyValue;
    try {
      x = yield req;
    } catch (e) {
      if (isExc(e, Exc.StopIteration)) return total;
      throw e;
    }
    if (x === doneMarker.value) return total;
    total = yield* binaryOpGen(total, x, 0);
  }
});

/**
 * Yielded by sum(): resumes it with the generator's total added to `start` (an int or float), or
 * with a SumPartial at the first item the VM does not add itself (the generator is then suspended
 * at that yield, as after a next()).
 */
export class SumRequest extends CallRequest {
  constructor(
    readonly gen: PyValue,
    readonly start: PyValue,
  ) {
    super(sumNative, [gen, start], null);
  }
}
