// A request limit that holds across app processes. On PostgreSQL the app may run as several
// processes behind a load balancer (issue 14), so the counts live in the database
// (rate-limiter-flexible on the `rate_limits` table, as the sign-in throttle does); each
// process counting on its own would allow N times the limit. On SQLite the app is one process
// by design (its write queue is in-process, docs/decisions/0003), and a count kept in memory
// spares every limited request a write. docs/decisions/0016.
import { RateLimiterRes } from "rate-limiter-flexible";
import type { Connection } from "../db/client";
import { storedRateLimiter } from "../data/accounts/rate-limit-store";
import { createRateLimiter, type RateLimitVerdict } from "./rate-limit";

export type SharedLimit = {
  /** Counts one request for the key when it is within the limit; refuses it otherwise. */
  take: (key: string) => Promise<RateLimitVerdict>;
};

export type SharedLimitRule = { name: string; limit: number; windowSeconds: number };

/** Counts in this process's memory: for SQLite, and for tests of the limits themselves. */
export function inMemoryLimit({ limit, windowSeconds }: SharedLimitRule): SharedLimit {
  const limiter = createRateLimiter({ limit, windowMs: windowSeconds * 1000 });
  return { take: async (key) => limiter.take(key) };
}

/** Counts in the database, shared by every process on it (fixed windows of `windowSeconds`). */
export function storedLimit({ name, limit, windowSeconds }: SharedLimitRule, connection?: Connection): SharedLimit {
  const limiter = storedRateLimiter({ keyPrefix: name, points: limit, duration: windowSeconds }, connection);
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
  };
}
