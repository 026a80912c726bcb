// The random engine's own API: state round trips, OS-entropy seeding, the array helpers.
// (Agreement with CPython is test/random.test.ts.)

import { describe, expect, it } from "vitest";
import { RandomEngine, RandomError } from "../src/stdlib/random/index.js";

function draw(e: RandomEngine): unknown[] {
  return [
    e.random(),
    e.gauss(),
    e.gauss(),
    e.gauss(),
    e.getrandbits(100),
    e.randrange(10n ** 30n),
    e.randint(1, 6),
    e.vonmisesvariate(1, 2),
    Buffer.from(e.randbytes(7)).toString("hex"),
  ];
}

describe("state", () => {
  it("getstate/setstate round trip, gauss_next included", () => {
    const a = new RandomEngine(123);
    a.gauss(); // leaves a gauss_next behind
    const state = a.getstate();
    expect(state.version).toBe(3);
    expect(state.internal).toHaveLength(625);
    expect(state.gaussNext).not.toBeNull();
    const expected = draw(a);
    const b = new RandomEngine(999);
    b.setstate(state);
    expect(draw(b)).toEqual(expected);
    // the state object is a copy: drawing did not change it
    a.setstate(state);
    expect(draw(a)).toEqual(expected);
  });

  it("a failed setstate leaves the generator as it was, but gauss_next set (as CPython)", () => {
    const a = new RandomEngine(5);
    const before = a.getstate();
    const bad = { version: 3, internal: [...before.internal.slice(0, 624), 625], gaussNext: 0.5 };
    expect(() => a.setstate(bad)).toThrow(RandomError);
    expect(a.getstate().internal).toEqual(before.internal);
    expect(a.gaussNext).toBe(0.5);
  });
});

describe("seeding", () => {
  it("None seeds from OS entropy: two generators differ", () => {
    const a = new RandomEngine();
    const b = new RandomEngine(null);
    expect(a.getrandbits(128)).not.toEqual(b.getrandbits(128));
  });

  it("int seeds use abs(), float seeds hash (so -3 and -3.0 differ)", () => {
    const x = new RandomEngine(-3);
    const y = new RandomEngine(3);
    expect(x.random()).toBe(y.random());
    const f = new RandomEngine(0);
    f.seedFloat(-3);
    const g = new RandomEngine(3);
    expect(f.random()).not.toBe(g.random());
    f.seedFloat(3);
    g.seed(3);
    expect(f.random()).toBe(g.random());
  });

  it("seed() resets gauss_next", () => {
    const e = new RandomEngine(1);
    e.gauss();
    expect(e.gaussNext).not.toBeNull();
    e.seed(1);
    expect(e.gaussNext).toBeNull();
  });

  it("str seeds reject lone surrogates like str.encode()", () => {
    const e = new RandomEngine(1);
    expect(() => e.seed("ab\ud800")).toThrow(
      "'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed",
    );
  });
});

describe("array helpers", () => {
  it("choice, shuffle, sample, choices over JS arrays follow the index functions", () => {
    const a = new RandomEngine(7);
    const b = new RandomEngine(7);
    const pop = ["a", "b", "c", "d", "e", "f", "g"];
    expect(a.choice(pop)).toBe(pop[b.choiceIndex(pop.length) as number]);
    const xs = [...pop];
    a.shuffle(xs);
    const ys = [...pop];
    b.shuffleWith(ys.length, (i, j) => ([ys[i], ys[j]] = [ys[j]!, ys[i]!]));
    expect(xs).toEqual(ys);
    expect(a.sample(pop, 3)).toEqual(b.sampleIndices(pop.length, 3).map((i) => pop[i as number]));
    expect(a.sample(pop, 4, [1, 0, 2, 0, 0, 0, 3])).toEqual(
      b.sampleCountsIndices([1, 0, 2, 0, 0, 0, 3], 7, 4).map((i) => pop[i]),
    );
    expect(a.choices(pop, { k: 5 })).toEqual(b.choicesUniformIndices(7, 5).map((i) => pop[i]));
    expect(a.choices(pop, { weights: [1, 2, 3, 4, 5, 6, 7], k: 5 })).toEqual(
      b.choicesCumulativeIndices([1, 3, 6, 10, 15, 21, 28], 7, 5).map((i) => pop[i]),
    );
    expect(() => a.choice([])).toThrow("Cannot choose from an empty sequence");
  });

  it("triangular returns null where Python returns the low argument itself", () => {
    const e = new RandomEngine(3);
    expect(e.triangular(2n, 2n, 2n)).toBeNull();
    expect(e.triangular(2, 2)).toBe(2);
  });
});
