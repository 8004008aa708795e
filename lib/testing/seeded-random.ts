// A small deterministic generator (mulberry32) for synthetic data and benchmarks, so two runs
// build the same rows. The earlier inline generators multiplied a 31-bit state in floating
// point: past 2^53 the product lost its low bits and the sequence fell into a cycle of about
// 15,800 draws, so a 1,000,000-claim fill used only 509 of its 10,000 topics. Math.imul keeps
// every step in 32-bit integers; the period is 2^32.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
