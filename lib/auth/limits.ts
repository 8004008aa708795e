// The app's limits, in one place. Sign-in failures are counted in the database
// (sign-in-throttle.ts); the others in memory, one set per process, kept on globalThis
// because Next may load this module more than once (pages, actions and route handlers are
// bundled apart), and separate copies would each allow the full count. The numbers and why:
// docs/decisions/0016.

import { config } from "../config";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { createSignInThrottle, type SignInThrottle } from "./sign-in-throttle";

// The sign-in numbers live beside the throttle that applies them.
export { signInLimits } from "./sign-in-throttle";

const minute = 60_000;

export type AppLimits = {
  /** Failed sign-ins, per account and address and per address per day (in the database). */
  signIn: SignInThrottle;
  /** Requests with a bearer token that matches nothing, per client address. */
  unknownTokenPerAddress: RateLimiter;
  /** Requests per API token (API_TOKEN_REQUESTS_PER_MINUTE, default 6,000). */
  requestsPerToken: RateLimiter;
  /** POST /api/v1/extract without an account, per client address. */
  anonymousExtractionsPerAddress: RateLimiter;
  /** POST /api/v1/extract per signed-in account. */
  extractionsPerAccount: RateLimiter;
};

function tokenRequestsPerMinute() {
  return config().API_TOKEN_REQUESTS_PER_MINUTE;
}

/** How much text one request may ask to read, and in how long. */
export function extractionLimits(signedIn: boolean) {
  return signedIn ? { maxCharacters: 1_000_000, budgetMs: 60_000, requestsPerMinute: 60 } : { maxCharacters: 100_000, budgetMs: 10_000, requestsPerMinute: 10 };
}

export function createAppLimits(): AppLimits {
  return {
    signIn: createSignInThrottle(),
    unknownTokenPerAddress: createRateLimiter({ limit: 20, windowMs: minute }),
    requestsPerToken: createRateLimiter({ limit: tokenRequestsPerMinute(), windowMs: minute }),
    anonymousExtractionsPerAddress: createRateLimiter({ limit: extractionLimits(false).requestsPerMinute, windowMs: minute }),
    extractionsPerAccount: createRateLimiter({ limit: extractionLimits(true).requestsPerMinute, windowMs: minute }),
  };
}

const globalForLimits = globalThis as typeof globalThis & { claimTrackerLimits?: AppLimits };

export function appLimits(): AppLimits {
  globalForLimits.claimTrackerLimits ??= createAppLimits();
  return globalForLimits.claimTrackerLimits;
}
