// The scheduler's two queues: a double-ended run queue (woken sleepers go to the front, threads
// whose slice ran out to the back) and a min-heap of wake-up deadlines. Both stay O(1)/O(log n)
// with tens of thousands of threads.

/** A growable ring buffer. */
export class Deque<T> {
  private buf: (T | undefined)[] = new Array(16);
  private head = 0;
  length = 0;

  push(v: T): void {
    if (this.length === this.buf.length) this.grow();
    this.buf[(this.head + this.length) & (this.buf.length - 1)] = v;
    this.length++;
  }

  unshift(v: T): void {
    if (this.length === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.length++;
  }

  shift(): T | undefined {
    if (this.length === 0) return undefined;
    const v = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.length--;
    return v;
  }

  peek(): T | undefined {
    return this.length === 0 ? undefined : this.buf[this.head];
  }

  /** Removes every element for which `drop` holds (rare: interrupts, program end). */
  removeWhere(drop: (v: T) => boolean): void {
    const kept: T[] = [];
    for (let v = this.shift(); v !== undefined; v = this.shift()) if (!drop(v)) kept.push(v);
    for (const v of kept) this.push(v);
  }

  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const buf: (T | undefined)[] = new Array(n * 2);
    for (let i = 0; i < this.length; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }
}

/** A heap entry: stale once `owner.timerSeq !== seq` (the wait ended some other way). */
export interface TimerEntry<O extends { timerSeq: number }> {
  deadline: number;
  /** Arrival order, so equal deadlines fire first-come first-served. */
  order: number;
  seq: number;
  owner: O;
}

/** Min-heap of deadlines with lazy deletion. */
export class TimerHeap<O extends { timerSeq: number }> {
  private heap: TimerEntry<O>[] = [];
  private counter = 0;

  get size(): number {
    return this.heap.length;
  }

  add(owner: O, deadline: number): void {
    const e: TimerEntry<O> = { deadline, order: this.counter++, seq: owner.timerSeq, owner };
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(e, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }

  /** The earliest live deadline (Infinity when none). */
  peekDeadline(): number {
    this.dropStale();
    return this.heap.length ? this.heap[0].deadline : Infinity;
  }

  /** Removes and returns the earliest live entry if it is due at `now`. */
  popDue(now: number): O | undefined {
    this.dropStale();
    const h = this.heap;
    if (h.length === 0 || h[0].deadline > now) return undefined;
    return this.pop().owner;
  }

  clear(): void {
    this.heap = [];
  }

  private dropStale(): void {
    const h = this.heap;
    while (h.length && h[0].owner.timerSeq !== h[0].seq) this.pop();
  }

  private pop(): TimerEntry<O> {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && less(h[r], h[l]) ? r : l;
        if (!less(h[c], last)) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function less<O extends { timerSeq: number }>(a: TimerEntry<O>, b: TimerEntry<O>): boolean {
  return a.deadline < b.deadline || (a.deadline === b.deadline && a.order < b.order);
}
