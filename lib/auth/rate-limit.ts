// Sliding-window rate limits, in memory: enough for one server process (SQLite's way). Where
// several processes share a PostgreSQL database the limits count in it instead
// (shared-limit.ts). docs/decisions/0016.

export type RateLimitRule = { limit: number; windowMs: number };
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Counts one attempt for the key when it is within the limit; refuses it otherwise. */
  take: (key: string) => RateLimitVerdict;
  /** Gives back the key's latest attempt (a sign-in that succeeded was not an attack). */
  refund: (key: string) => void;
  /** Forgets the key's attempts. */
  reset: (key: string) => void;
  /** How many keys are being remembered (memory use, for tests and diagnostics). */
  trackedKeys: () => number;
};

// Keys that have gone quiet are swept now and then, so a stream of new keys (many emails,
// many addresses) cannot grow the map without bound.
const sweepEvery = 1_000;

export function createRateLimiter(rule: RateLimitRule, now: () => number = Date.now): RateLimiter {
  const attempts = new Map<string, number[]>();
  let takesSinceSweep = 0;

  const recent = (key: string, at: number) => {
    const kept = (attempts.get(key) ?? []).filter((time) => time > at - rule.windowMs);
    if (kept.length) attempts.set(key, kept);
    else attempts.delete(key);
    return kept;
  };

  const sweep = (at: number) => {
    takesSinceSweep = 0;
    for (const key of [...attempts.keys()]) recent(key, at);
  };

  return {
    take(key) {
      const at = now();
      if (++takesSinceSweep >= sweepEvery) sweep(at);
      const kept = recent(key, at);
      if (kept.length >= rule.limit) {
        const oldest = kept[kept.length - rule.limit]!;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + rule.windowMs - at) / 1000)) };
      }
      attempts.set(key, [...kept, at]);
      return { allowed: true };
    },
    refund(key) {
      const kept = attempts.get(key);
      kept?.pop();
      if (kept && !kept.length) attempts.delete(key);
    },
    reset(key) {
      attempts.delete(key);
    },
    trackedKeys: () => attempts.size,
  };
}

/** Takes from every limiter, or from none: a refusal by one leaves the others' counts as they were. */
export function takeFromAll(entries: Array<[RateLimiter, string]>): RateLimitVerdict {
  const taken: Array<[RateLimiter, string]> = [];
  for (const [limiter, key] of entries) {
    const verdict = limiter.take(key);
    if (!verdict.allowed) {
      for (const [done, doneKey] of taken) done.refund(doneKey);
      return verdict;
    }
    taken.push([limiter, key]);
  }
  return { allowed: true };
}
