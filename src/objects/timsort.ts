// Timsort over Python comparisons, making the same sequence of `<` calls as CPython 3.11's
// list.sort (written from the published description of the algorithm: natural runs, minrun,
// binary insertion sort, powersort merge policy, galloping merges with an adaptive min_gallop).
// Each comparison may run Python code, so the sort is a generator; keys and values move together.
import type { PyValue } from "./object.js";
import type { NativeGen } from "./native.js";
import { ltGen as genericLtGen, eqGen, isTrueGen } from "./ops.js";
import { callGen } from "./call.js";
import { typeOf } from "./typeof.js";
import { PyTuple, tupleType } from "./tuple.js";
import { None, NotImplemented } from "./singletons.js";
import type { PyType } from "./type.js";

const MIN_GALLOP = 7;

/** CPython's minrun: the top 6 bits of n, plus 1 when any lower bit is set (n itself below 64). */
function minRunFor(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * Powersort's node power of the boundary between run [s1, s1+n1) and run [s1+n1, s1+n1+n2)
 * in a list of n items: the first binary digit where the runs' midpoints (as fractions of n) differ.
 */
function nodePower(s1: number, n1: number, n2: number, n: number): number {
  // a and b are twice the midpoints, so the fractions are a/(2n) and b/(2n)
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  let power = 0;
  for (;;) {
    power++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return power;
}

class TimSort {
  minGallop = MIN_GALLOP;
  // the pending runs: start, length and the power of the boundary after each
  runBase: number[] = [];
  runLen: number[] = [];
  runPower: number[] = [];
  tmpKeys: PyValue[] = [];
  tmpVals: PyValue[] = [];

  constructor(
    readonly keys: PyValue[],
    readonly vals: PyValue[] | null,
    readonly lt: (a: PyValue, b: PyValue) => NativeGen<boolean>,
  ) {}

  /** Sorts keys[lo, hi) whose prefix [lo, start) is already sorted, inserting each next item after its equals. */
  *binarySort(lo: number, hi: number, start: number): NativeGen<void> {
    const keys = this.keys, vals = this.vals;
    for (; start < hi; start++) {
      const pivot = keys[start];
      let l = lo, r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (yield* this.lt(pivot, keys[p])) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) keys[p] = keys[p - 1];
      keys[l] = pivot;
      if (vals) {
        const pv = vals[start];
        for (let p = start; p > l; p--) vals[p] = vals[p - 1];
        vals[l] = pv;
      }
    }
  }

  /** Length of the run starting at lo; a strictly descending run is reversed in place. */
  *countRun(lo: number, hi: number): NativeGen<number> {
    const keys = this.keys;
    if (lo + 1 === hi) return 1;
    let n = 2;
    let i = lo + 1;
    if (yield* this.lt(keys[i], keys[i - 1])) {
      for (i++; i < hi; i++, n++) if (!(yield* this.lt(keys[i], keys[i - 1]))) break;
      this.reverse(lo, lo + n);
    } else {
      for (i++; i < hi; i++, n++) if (yield* this.lt(keys[i], keys[i - 1])) break;
    }
    return n;
  }

  reverse(lo: number, hi: number): void {
    const keys = this.keys, vals = this.vals;
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const k = keys[i]; keys[i] = keys[j]; keys[j] = k;
      if (vals) { const v = vals[i]; vals[i] = vals[j]; vals[j] = v; }
    }
  }

  /** k with a[k-1] < key <= a[k] over a = arr[base, base+n), searching outward from base+hint. */
  *gallopLeft(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
    let lastOfs = 0, ofs = 1;
    const at = base + hint;
    if (yield* this.lt(arr[at], key)) {
      // a[hint] < key: gallop right until a[hint+lastOfs] < key <= a[hint+ofs]
      const maxOfs = n - hint;
      while (ofs < maxOfs) {
        if (yield* this.lt(arr[at + ofs], key)) {
          lastOfs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      lastOfs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastOfs]
      const maxOfs = hint + 1;
      while (ofs < maxOfs) {
        if (yield* this.lt(arr[at - ofs], key)) break;
        lastOfs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      const k = lastOfs;
      lastOfs = hint - ofs;
      ofs = hint - k;
    }
    // a[lastOfs] < key <= a[ofs]: binary search in between
    lastOfs++;
    while (lastOfs < ofs) {
      const m = lastOfs + ((ofs - lastOfs) >> 1);
      if (yield* this.lt(arr[base + m], key)) lastOfs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** k with a[k-1] <= key < a[k] over a = arr[base, base+n), searching outward from base+hint. */
  *gallopRight(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): NativeGen<number> {
    let lastOfs = 0, ofs = 1;
    const at = base + hint;
    if (yield* this.lt(key, arr[at])) {
      // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastOfs]
      const maxOfs = hint + 1;
      while (ofs < maxOfs) {
        if (yield* this.lt(key, arr[at - ofs])) {
          lastOfs = ofs;
          ofs = ofs * 2 + 1;
        } else break;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      const k = lastOfs;
      lastOfs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint+lastOfs] <= key < a[hint+ofs]
      const maxOfs = n - hint;
      while (ofs < maxOfs) {
        if (yield* this.lt(key, arr[at + ofs])) break;
        lastOfs = ofs;
        ofs = ofs * 2 + 1;
      }
      if (ofs > maxOfs) ofs = maxOfs;
      lastOfs += hint;
      ofs += hint;
    }
    lastOfs++;
    while (lastOfs < ofs) {
      const m = lastOfs + ((ofs - lastOfs) >> 1);
      if (yield* this.lt(key, arr[base + m])) ofs = m;
      else lastOfs = m + 1;
    }
    return ofs;
  }

  /** Copies n items (key and value) from src[s] to dst[d]; ranges in the same array may overlap forwards. */
  private move(dk: PyValue[], dv: PyValue[] | null, d: number, sk: PyValue[], sv: PyValue[] | null, s: number, n: number): void {
    if (d <= s) {
      for (let i = 0; i < n; i++) dk[d + i] = sk[s + i];
      if (dv && sv) for (let i = 0; i < n; i++) dv[d + i] = sv[s + i];
    } else {
      for (let i = n - 1; i >= 0; i--) dk[d + i] = sk[s + i];
      if (dv && sv) for (let i = n - 1; i >= 0; i--) dv[d + i] = sv[s + i];
    }
  }

  /** Merges adjacent runs a = [pa, pa+na) and b = [pa+na, pa+na+nb), na <= nb, from the left. */
  *mergeLo(pa: number, na: number, pb: number, nb: number): NativeGen<void> {
    const keys = this.keys, vals = this.vals;
    const tk = keys.slice(pa, pa + na);
    const tv = vals ? vals.slice(pa, pa + na) : null;
    let ta = 0; // next item of a, in the temporary copy
    let dest = pa;
    let minGallop = this.minGallop;
    let done = false;
    try {
      this.move(keys, vals, dest++, keys, vals, pb++, 1);
      nb--;
      if (nb === 0) return;
      if (na === 1) { done = true; return; }
      for (;;) {
        let acount = 0, bcount = 0;
        // one item at a time, until one run keeps winning
        for (;;) {
          if (yield* this.lt(keys[pb], tk[ta])) {
            this.move(keys, vals, dest++, keys, vals, pb++, 1);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            this.move(keys, vals, dest++, tk, tv, ta++, 1);
            acount++;
            bcount = 0;
            na--;
            if (na === 1) { done = true; return; }
            if (acount >= minGallop) break;
          }
        }
        // galloping, while it keeps paying off
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = yield* this.gallopRight(keys[pb], tk, ta, na, 0);
          acount = k;
          if (k) {
            this.move(keys, vals, dest, tk, tv, ta, k);
            dest += k;
            ta += k;
            na -= k;
            if (na === 1) { done = true; return; }
            // na == 0 only if the comparisons are inconsistent
            if (na === 0) return;
          }
          this.move(keys, vals, dest++, keys, vals, pb++, 1);
          nb--;
          if (nb === 0) return;
          k = yield* this.gallopLeft(tk[ta], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            this.move(keys, vals, dest, keys, vals, pb, k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) return;
          }
          this.move(keys, vals, dest++, tk, tv, ta++, 1);
          na--;
          if (na === 1) { done = true; return; }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // leaving galloping mode costs
        this.minGallop = minGallop;
      }
    } finally {
      if (done) {
        // the last item of a goes after the rest of b
        this.move(keys, vals, dest, keys, vals, pb, nb);
        this.move(keys, vals, dest + nb, tk, tv, ta, 1);
      } else if (na) {
        this.move(keys, vals, dest, tk, tv, ta, na);
      }
    }
  }

  /** Merges adjacent runs a = [pa, pa+na) and b = [pb, pb+nb), na >= nb, from the right. */
  *mergeHi(pa: number, na: number, pb: number, nb: number): NativeGen<void> {
    const keys = this.keys, vals = this.vals;
    const tk = keys.slice(pb, pb + nb);
    const tv = vals ? vals.slice(pb, pb + nb) : null;
    const baseA = pa;
    let dest = pb + nb - 1;
    let tb = nb - 1; // last item of b, in the temporary copy
    pa += na - 1; // last item of a
    let minGallop = this.minGallop;
    let done = false;
    try {
      this.move(keys, vals, dest--, keys, vals, pa--, 1);
      na--;
      if (na === 0) return;
      if (nb === 1) { done = true; return; }
      for (;;) {
        let acount = 0, bcount = 0;
        for (;;) {
          if (yield* this.lt(tk[tb], keys[pa])) {
            this.move(keys, vals, dest--, keys, vals, pa--, 1);
            acount++;
            bcount = 0;
            na--;
            if (na === 0) return;
            if (acount >= minGallop) break;
          } else {
            this.move(keys, vals, dest--, tk, tv, tb--, 1);
            bcount++;
            acount = 0;
            nb--;
            if (nb === 1) { done = true; return; }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = yield* this.gallopRight(tk[tb], keys, baseA, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            this.move(keys, vals, dest + 1, keys, vals, pa + 1, k);
            na -= k;
            if (na === 0) return;
          }
          this.move(keys, vals, dest--, tk, tv, tb--, 1);
          nb--;
          if (nb === 1) { done = true; return; }
          k = yield* this.gallopLeft(keys[pa], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            tb -= k;
            this.move(keys, vals, dest + 1, tk, tv, tb + 1, k);
            nb -= k;
            if (nb === 1) { done = true; return; }
            // nb == 0 only if the comparisons are inconsistent
            if (nb === 0) return;
          }
          this.move(keys, vals, dest--, keys, vals, pa--, 1);
          na--;
          if (na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (done) {
        // the first item of b goes before the rest of a
        dest -= na;
        pa -= na;
        this.move(keys, vals, dest + 1, keys, vals, pa + 1, na);
        this.move(keys, vals, dest, tk, tv, tb, 1);
      } else if (nb) {
        this.move(keys, vals, dest - (nb - 1), tk, tv, 0, nb);
      }
    }
  }

  /** Merges pending runs i and i+1. */
  *mergeAt(i: number): NativeGen<void> {
    const keys = this.keys;
    let pa = this.runBase[i], na = this.runLen[i];
    const pb = this.runBase[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    this.runBase.splice(i + 1, 1);
    this.runLen.splice(i + 1, 1);
    this.runPower.splice(i + 1, 1);
    // items of a already in place before b's first item
    const k = yield* this.gallopRight(keys[pb], keys, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    // items of b already in place after a's last item
    nb = yield* this.gallopLeft(keys[pa + na - 1], keys, pb, nb, nb - 1);
    if (nb === 0) return;
    if (na <= nb) yield* this.mergeLo(pa, na, pb, nb);
    else yield* this.mergeHi(pa, na, pb, nb);
  }

  /** Powersort: before pushing a run of n2 items, merge the runs whose boundary power is greater. */
  *foundNewRun(n2: number, total: number): NativeGen<void> {
    const top = this.runLen.length;
    if (top === 0) return;
    const power = nodePower(this.runBase[top - 1], this.runLen[top - 1], n2, total);
    while (this.runLen.length > 1 && this.runPower[this.runLen.length - 2] > power) {
      yield* this.mergeAt(this.runLen.length - 2);
    }
    this.runPower[this.runLen.length - 1] = power;
  }

  *forceCollapse(): NativeGen<void> {
    const len = this.runLen;
    while (len.length > 1) {
      let n = len.length - 2;
      if (n > 0 && len[n - 1] < len[n + 1]) n--;
      yield* this.mergeAt(n);
    }
  }

  *sort(): NativeGen<void> {
    const total = this.keys.length;
    if (total < 2) return;
    const minRun = minRunFor(total);
    let lo = 0, remaining = total;
    do {
      let n = yield* this.countRun(lo, lo + remaining);
      if (n < minRun) {
        const force = remaining <= minRun ? remaining : minRun;
        yield* this.binarySort(lo, lo + force, lo + n);
        n = force;
      }
      yield* this.foundNewRun(n, total);
      this.runBase.push(lo);
      this.runLen.push(n);
      this.runPower.push(0);
      lo += n;
      remaining -= n;
    } while (remaining);
    yield* this.forceCollapse();
  }
}

/**
 * Sorts keys in place with Python `<` (vals, when given, is permuted alongside), stable.
 * When a comparison raises, the arrays hold the partly sorted items, as CPython's list does.
 */
export function* timsortGen(keys: PyValue[], vals: PyValue[] | null): NativeGen<void> {
  if (keys.length < 2) return;
  yield* new TimSort(keys, vals, chooseLt(keys)).sort();
}

/**
 * CPython scans the keys first: when they all have one class, it calls that class's __lt__
 * directly and, if that answers NotImplemented, does a full `<` (so __lt__ runs again before the
 * reflected __gt__); nonempty exact tuples compare item by item with the first items scanned alike.
 */
function chooseLt(keys: PyValue[]): (a: PyValue, b: PyValue) => NativeGen<boolean> {
  let inTuples = true;
  let type: PyType | null = null;
  for (const k of keys) {
    const t = typeOf(k);
    if (type === null) type = t;
    else if (t !== type) {
      type = null;
      inTuples = false;
      break;
    }
  }
  if (type === null) return genericLtGen;
  if (!(type === tupleType && inTuples && keys.every((k) => (k as PyTuple).items.length > 0))) {
    return type.isBuiltin ? genericLtGen : sameTypeLt(type);
  }
  let first: PyType | null = typeOf((keys[0] as PyTuple).items[0]);
  for (const k of keys) {
    if (typeOf((k as PyTuple).items[0]) !== first) {
      first = null;
      break;
    }
  }
  const firstLt = first === null || first.isBuiltin ? genericLtGen : sameTypeLt(first);
  return function* (a, b) {
    const p = (a as PyTuple).items, q = (b as PyTuple).items;
    const n = p.length < q.length ? p.length : q.length;
    let i = 0;
    for (; i < n; i++) if (!(yield* eqGen(p[i], q[i]))) break;
    if (i >= n) return p.length < q.length;
    if (i === 0) return yield* firstLt(p[0], q[0]);
    return yield* genericLtGen(p[i], q[i]);
  };
}

function sameTypeLt(type: PyType): (a: PyValue, b: PyValue) => NativeGen<boolean> {
  return function* (a, b) {
    const f = type.lookup("__lt__");
    if (f !== undefined && f !== None && typeOf(a) === type) {
      const r = yield* callGen(f, [a, b]);
      if (r !== NotImplemented) return typeof r === "boolean" ? r : yield* isTrueGen(r);
    }
    return yield* genericLtGen(a, b);
  };
}
