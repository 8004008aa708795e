import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";

describe("seededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
  });

  it("stays in [0, 1) and reaches every one of 10,000 buckets over a million draws (no short cycle)", () => {
    const random = seededRandom(42);
    const hits = new Uint32Array(10_000);
    let lowest = 1;
    let highest = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const value = random();
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
      hits[Math.floor(value * hits.length)]! += 1;
    }
    expect(lowest).toBeGreaterThanOrEqual(0);
    expect(highest).toBeLessThan(1);
    expect(hits.every((count) => count > 50)).toBe(true);
  });
});
