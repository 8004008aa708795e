// The app's limits, in one place. Sign-in failures are counted in the database
// (sign-in-throttle.ts). The others are counted in the database on PostgreSQL, where several
// app processes may share one database, and in memory on SQLite, one process by design
// (shared-limit.ts). The set is kept on globalThis because Next may load this module more than
// once (pages, actions and route handlers are bundled apart), and separate in-memory copies
// would each allow the full count. The numbers and why: docs/decisions/0016.

import { config } from "../config";
import { databaseConfig } from "../db/config";
import { inMemoryLimit, type SharedLimit, type SharedLimitRule, storedLimit } from "./shared-limit";
import { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";

// The sign-in numbers live beside the throttle that applies them.
export { signInLimits } from "./sign-in-throttle";

const minute = 60;

export type AppLimits = {
  /** Failed sign-ins, per account and address and per address per day (in the database). */
  signIn: SignInThrottle;
  /** Requests with a bearer token that matches nothing, per client address. */
  unknownTokenPerAddress: SharedLimit;
  /** Requests per API token (API_TOKEN_REQUESTS_PER_MINUTE, default 6,000). */
  requestsPerToken: SharedLimit;
  /** POST /api/v1/extract without an account, per client address. */
  anonymousExtractionsPerAddress: SharedLimit;
  /** POST /api/v1/extract per signed-in account. */
  extractionsPerAccount: SharedLimit;
};

function tokenRequestsPerMinute() {
  return config().API_TOKEN_REQUESTS_PER_MINUTE;
}

/** How much text one request may ask to read, and in how long. */
export function extractionLimits(signedIn: boolean) {
  return signedIn ? { maxCharacters: 1_000_000, budgetMs: 60_000, requestsPerMinute: 60 } : { maxCharacters: 100_000, budgetMs: 10_000, requestsPerMinute: 10 };
}

/** `shared`: counts in the database (the default on PostgreSQL); `memory`: in this process (SQLite's default). */
export function createAppLimits(counting: "shared" | "memory" = databaseConfig().engine === "postgresql" ? "shared" : "memory"): AppLimits {
  const limit = (rule: SharedLimitRule) => (counting === "shared" ? storedLimit(rule) : inMemoryLimit(rule));
  return {
    signIn: createSignInThrottle(),
    unknownTokenPerAddress: limit({ name: "unknown-token-per-address", limit: 20, windowSeconds: minute }),
    requestsPerToken: limit({ name: "requests-per-token", limit: tokenRequestsPerMinute(), windowSeconds: minute }),
    anonymousExtractionsPerAddress: limit({ name: "anonymous-extractions", limit: extractionLimits(false).requestsPerMinute, windowSeconds: minute }),
    extractionsPerAccount: limit({ name: "account-extractions", limit: extractionLimits(true).requestsPerMinute, windowSeconds: minute }),
  };
}

const globalForLimits = globalThis as typeof globalThis & { claimTrackerLimits?: AppLimits };

export function appLimits(): AppLimits {
  globalForLimits.claimTrackerLimits ??= createAppLimits();
  return globalForLimits.claimTrackerLimits;
}
